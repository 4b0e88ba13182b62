// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
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
    private final Session session;

    @Mixin
    Target target;

    @Parameters(arity = "0..1", paramLabel = "BACKUP", description = "A backup file (default: the newest for this bus and address).")
    Path backup;

    @Option(names = "--list", description = "List this part's backups, oldest first, each with what it is, and restore nothing.")
    boolean list;

    @Option(names = "--dry-run", description = "Show what would change, and write nothing.")
    boolean dryRun;

    @Option(names = "--backup-dir", paramLabel = "DIR", description = "Where backups are.")
    Path backupDir;

    @Option(names = "--stats", description = "Print the bus figures.")
    boolean stats;

    EepromRestoreCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        Path dir = EepromRun.backupDirectory(session.env(), backupDir);
        try (EepromRun run = new EepromRun(session, target)) {
            if (list) {
                Restores.list(session, run, dir);
                return;
            }
            Path file = Restores.choose(session, run, backup, dir);
            Image image = ImageFiles.read(file, null, run.eeprom.type(), 0);
            if (!image.isComplete() || image.length() != run.eeprom.type().size()) {
                throw CliException.usage(file + " is not a whole " + run.eeprom.type().name() + " image ("
                        + image.defined().cardinality() + " of " + run.eeprom.type().size() + " bytes)");
            }
            List<WriteReport> reports = Writing.apply(run, target, image, 0, dir, Backup.Kind.RESTORE, dryRun,
                    file.toString());
            if (stats) {
                run.printStats(reports.isEmpty() ? null : reports.get(0));
            }
        }
    }
}
