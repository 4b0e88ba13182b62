// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.EepromRun;
import io.i2ckit.cli.eeprom.Restores;
import io.i2ckit.cli.eeprom.Target;
import io.i2ckit.cli.eeprom.Writing;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.SafeWrite;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanMessage;
import io.i2ckit.povfan.PovFan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The jobs that change the fan, with typed parameters and results, for the commands and the
 * studio alike: each writes through {@link SafeWrite} (backup first, only what differs,
 * verified) on a part the caller opened, and prints nothing; the command says what happened in
 * words, the studio maps it to JSON.
 */
public final class FanJobs {
    private FanJobs() {
    }

    /** A message put on the fan: what was written, and how. */
    public record Programmed(String bus, FanMessage message, SafeWrite.Outcome outcome) {
        /** "The fan on sim now says 2 strings (123 of 512 bytes used, 389 free)", as the CLI and the studio say it. */
        public String saying() {
            return String.format("The fan on %s now says %s (%s)", bus, Numbers.count(message.strings().size(), "string"),
                    message.capacityLine());
        }
    }

    /** A backup put back: which file, what it held, and how it was written. */
    public record Restored(String bus, Path file, Image image, SafeWrite.Outcome outcome) {
    }

    /**
     * Programs {@code message} (unless {@code dryRun}) and reads it back through the fan's decoder.
     *
     * @param saved hears of the backup before the first byte is written
     */
    public static Programmed program(EepromRun run, Target target, FanFont font, FanMessage message, Path backupDir,
                                     boolean dryRun, Consumer<Path> saved) {
        SafeWrite.Outcome o = Writing.write(run, target, Image.of(message.bytes()), 0, backupDir, Backup.Kind.WRITE,
                dryRun, "the message", saved);
        if (!dryRun) {
            new PovFan(run.eeprom(), font).verify(message);
        }
        return new Programmed(run.bus().name(), message, o);
    }

    /**
     * The backup {@code word} names: a number of 'fan restore --list', a file, or (null) the newest
     * of verified contents; which one is said on the session's output.
     */
    public static Path backup(Session session, EepromRun run, Path backupDir, FanFont font, String word) {
        return new FanBackups(run, backupDir, font).choose(session, word);
    }

    /**
     * Puts back {@code file}, a whole image of the part (any format; {@code notes} hears how it
     * was read), unless {@code dryRun}.
     */
    public static Restored restore(EepromRun run, Target target, Path file, Path backupDir, boolean dryRun,
                                   PrintWriter notes, Consumer<Path> saved) {
        Image image = Restores.wholeImage(notes, file, run.eeprom().type());
        SafeWrite.Outcome o = Writing.write(run, target, image, 0, backupDir, Backup.Kind.RESTORE, dryRun,
                file.toString(), saved);
        return new Restored(run.bus().name(), file, image, o);
    }
}
