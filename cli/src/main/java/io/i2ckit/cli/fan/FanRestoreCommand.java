// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.EepromRun;
import io.i2ckit.cli.eeprom.Target;
import io.i2ckit.cli.eeprom.Writing;
import io.i2ckit.cli.eeprom.WriteOptions;
import io.i2ckit.povfan.FanDecoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanFormatException;
import io.i2ckit.povfan.FanProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a previous message back: the newest backup of the fan's EEPROM that holds verified "
                + "contents (never one a failed write tore), or the one named by its number in --list or its file.",
                "What the fan holds now is saved first, so this can be undone too; --list shows every backup's "
                        + "message."})
final class FanRestoreCommand implements Runnable {
    private Session session;

    @Parameters(arity = "0..1", paramLabel = "BACKUP",
            description = "A backup's number in --list, or a backup file (a file named by digits goes as ./NAME);"
                    + " default: the newest of verified contents.")
    String backup;

    @Mixin
    FanText.FontOptions fonts;

    @Mixin
    FanBus where;

    @Mixin
    Previews previews;

    @Option(names = "--list", description = "List the fan's backups, oldest first, each with what it is, and restore nothing.")
    boolean list;

    @Mixin
    WriteOptions writing;

    FanRestoreCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        FanFont font = fonts.font(session);
        previews.checkOutputs();
        FanProfile profile = fonts.profile();
        Path dir = writing.backupDirectory(session);
        Target target = where.target(session, profile);
        try (EepromRun run = new EepromRun(session, target)) {
            FanBackups backups = new FanBackups(run, dir, font);
            if (list) {
                backups.list(session, run, dir);
                return;
            }
            Path file = FanJobs.backup(session, run, dir, font, backup);
            FanJobs.Restored r = FanJobs.restore(run, target, file, dir, writing.dryRun(), session.out(),
                    Writing.sayingSaved(session.out()));
            Writing.report(session.out(), r.outcome(), r.image(), 0, file.toString());
            try {
                FanDecoder.Decoded d = new FanDecoder(font).decode(r.image().data());
                session.out().printf("%s the fan's %s:%n", writing.dryRun() ? "It holds" : "Put back",
                        Numbers.count(d.strings().size(), "string"));
                FanDecodeCommand.report(session, font, d, previews);
            } catch (FanFormatException e) {
                session.out().printf("The backup holds no fan message (%s)%n", e.getMessage());
            }
        }
    }
}
