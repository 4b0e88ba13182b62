// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.WriteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;

@Command(name = "erase", mixinStandardHelpOptions = true,
        description = "Set every byte of the part to one value (0xff, the erased state, by default), after a backup.")
final class EepromEraseCommand implements Runnable {
    private Session session;

    @Mixin
    Target target;

    @Mixin
    WriteOptions writing;

    @Option(names = "--value", paramLabel = "BYTE", defaultValue = "0xff", description = "The value (default ${DEFAULT-VALUE}).")
    String value;

    @Option(names = "--stats", description = "Print the bus figures.")
    boolean stats;

    EepromEraseCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        int v = (int) Numbers.parse(value, 0, 0xff, "--value");
        byte[] fill = new byte[target.type().size()];
        Arrays.fill(fill, (byte) v);
        try (EepromRun run = new EepromRun(session, target)) {
            List<WriteReport> reports = Writing.apply(run, target, Image.of(fill), 0,
                    writing.backupDirectory(session), Backup.Kind.ERASE, writing.dryRun(), String.format("0x%02x everywhere", v));
            if (stats) {
                run.printStats(reports.isEmpty() ? null : reports.get(0));
            }
        }
    }
}
