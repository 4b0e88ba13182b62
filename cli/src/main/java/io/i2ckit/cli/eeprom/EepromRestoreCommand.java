// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Session;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.WriteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup back: the newest of this part's that holds verified contents, or the one named.",
                "After interrupted writes and restores, that is the last whole, verified contents; --list shows "
                        + "every backup and what it is. What the part holds now is saved first, so a restore can be "
                        + "undone too."})
final class EepromRestoreCommand implements Runnable {
    private Session session;

    @Mixin
    Target target;

    @Mixin
    WriteOptions writing;

    @Parameters(arity = "0..1", paramLabel = "BACKUP", description = "A backup file (default: the newest for this bus and address).")
    Path backup;

    @Option(names = "--list", description = "List this part's backups, oldest first, each with what it is, and restore nothing.")
    boolean list;

    @Option(names = "--stats", description = "Print the bus figures.")
    boolean stats;

    EepromRestoreCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        Path dir = writing.backupDirectory(session);
        try (EepromRun run = new EepromRun(session, target)) {
            if (list) {
                Restores.list(session, run, dir);
                return;
            }
            Path file = Restores.choose(session, run, backup, dir);
            Image image = Restores.wholeImage(session.out(), file, run.eeprom.type());
            List<WriteReport> reports = Writing.apply(run, target, image, 0, dir, Backup.Kind.RESTORE, writing.dryRun(),
                    file.toString());
            if (stats) {
                run.printStats(reports.isEmpty() ? null : reports.get(0));
            }
        }
    }
}
