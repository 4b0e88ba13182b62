// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Session;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.WriteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "write", mixinStandardHelpOptions = true,
        description = {"Write an image file (raw, Intel HEX, or i2cdump text) into the part.",
                "First saves what the part holds as a backup; writes only the pages that differ; reads everything "
                        + "written back. Bytes a file leaves undefined (HEX gaps, dump XX cells) are left alone."})
final class EepromWriteCommand implements Runnable {
    private Session session;

    @Mixin
    Target target;

    @Mixin
    ImageFileArgs image;

    @Mixin
    WriteOptions writing;

    @Option(names = "--stats", description = "Print transactions, bytes on the wire, bus time and the write's ratio to the least possible.")
    boolean stats;

    EepromWriteCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        int at = image.offset(target.type());
        Image contents = image.read(session.out(), target.type(), at);
        try (EepromRun run = new EepromRun(session, target)) {
            List<WriteReport> reports = Writing.apply(run, target, contents, at,
                    writing.backupDirectory(session), Backup.Kind.WRITE, writing.dryRun(), image.file.toString());
            if (stats) {
                run.printStats(reports.isEmpty() ? null : reports.get(0));
            }
        }
    }
}
