// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.EepromRun;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.BackupStore;
import io.i2ckit.povfan.FanDecoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanFormatException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fan's backups as messages: numbered oldest first, each with the message it holds, so a
 * user picks one by number instead of flipping between the last two with plain restores.
 */
final class FanBackups {
    private static final Pattern STAMP = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})");

    private final List<Backup> all;
    private final Optional<Backup> plain;
    private final FanFont font;

    FanBackups(EepromRun run, Path dir, FanFont font) {
        BackupStore store = new BackupStore(dir);
        this.all = store.backups(run.bus().name(), run.eeprom().address());
        this.plain = store.lastVerified(run.bus().name(), run.eeprom().address());
        this.font = font;
    }

    /** Every backup, numbered, with its message, when and before what; the one a plain restore takes marked. */
    void list(Session session, EepromRun run, Path dir) {
        if (all.isEmpty()) {
            session.out().printf("No backups of the fan at 0x%02x on %s in %s%n", run.eeprom().address(),
                    run.bus().name(), dir);
            return;
        }
        for (int n = 1; n <= all.size(); n++) {
            Backup b = all.get(n - 1);
            session.out().printf("%2d  %s  %s%n    %s; %s%s%n", n, when(b.file()), message(b.file()), b.describe(),
                    b.file(), plain.filter(b::equals).isPresent() ? "\n    <- a plain 'fan restore' puts this back" : "");
        }
    }

    /**
     * The file {@code word} names: a number from the list, else a path; none (null) means the
     * newest of verified contents. Says which, in words.
     */
    Path choose(Session session, String word) {
        if (word != null && !word.matches("\\d+")) {
            return session.path(word);
        }
        Backup chosen;
        int n;
        if (word != null) {
            n = Integer.parseInt(word);
            if (n < 1 || n > all.size()) {
                throw CliException.usage("no backup " + word + ": " + (all.isEmpty() ? "this fan has none yet"
                        : "'fan restore --list' numbers them 1-" + all.size()) + " (a file named " + word
                        + " goes as ./" + word + ")");
            }
            chosen = all.get(n - 1);
        } else {
            chosen = plain.orElseThrow(() -> CliException.usage(all.isEmpty() ? "this fan has no backups yet"
                    : "every backup of this fan holds torn contents: see them with --list and name one by number"));
            n = all.indexOf(chosen) + 1;
        }
        session.out().printf("Restoring backup %d of %d%s: %s, saved %s %s%n", n, all.size(),
                word == null ? " (the newest of verified contents)" : "", message(chosen.file()), when(chosen.file()),
                chosen.kind().words());
        return chosen.file();
    }

    /** "\"first string\" and 2 more strings", or what else the file holds. */
    String message(Path file) {
        try {
            byte[] image = Files.readAllBytes(file);
            if (image.length > 0 && java.util.stream.IntStream.range(0, image.length).allMatch(i -> image[i] == (byte) 0xff)) {
                return "blank (every byte 0xff)";
            }
            FanDecoder.Decoded d = new FanDecoder(font).decode(image);
            int more = d.strings().size() - 1;
            return "\"" + d.strings().get(0) + "\"" + (more == 0 ? "" : " and " + Numbers.count(more,
                    "more string"));
        } catch (FanFormatException | IndexOutOfBoundsException e) {
            return "no fan message";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** When a backup was taken, from its name (UTC, as stored). */
    private static String when(Path file) {
        Matcher m = STAMP.matcher(file.getFileName().toString());
        return m.find() ? String.format("%s-%s-%s %s:%s:%s UTC", m.group(1), m.group(2), m.group(3), m.group(4),
                m.group(5), m.group(6)) : "at an unknown time";
    }
}
