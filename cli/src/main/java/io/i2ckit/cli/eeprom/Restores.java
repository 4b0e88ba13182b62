// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Session;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.BackupStore;
import io.i2ckit.eeprom.Image;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What eeprom restore and fan restore share: which backup a plain restore puts back (the last of
 * verified contents, never a torn one), saying which and why, and the list of a part's backups.
 */
public final class Restores {
    private Restores() {
    }

    /** The backup named, else the newest of verified contents, announced on {@code session.out()}. */
    public static Path choose(Session session, EepromRun run, Path named, Path dir) {
        if (named != null) {
            return named;
        }
        BackupStore store = new BackupStore(dir);
        String bus = run.bus().name();
        int address = run.eeprom().address();
        List<Backup> all = store.backups(bus, address);
        Backup chosen = store.lastVerified(bus, address).orElseThrow(() -> CliException.usage(all.isEmpty()
                ? String.format("no backup of 0x%02x on %s in %s: name the file to restore", address, bus, dir)
                : String.format("every backup of 0x%02x on %s in %s holds torn contents: see them with --list and"
                        + " name the one to restore", address, bus, dir)));
        long newerTorn = all.subList(all.indexOf(chosen) + 1, all.size()).stream()
                .filter(b -> b.contents() == Backup.Contents.TORN).count();
        session.out().printf("Restoring %s: the newest backup of %s (%s)%s%n", chosen.file(), chosen.contents().words(),
                chosen.kind().words(), newerTorn == 0 ? "" : String.format("; the %d newer backup%s hold%s torn contents",
                        newerTorn, newerTorn == 1 ? "" : "s", newerTorn == 1 ? "s" : ""));
        return chosen.file();
    }

    /** The image in {@code file} (any format), which must be the whole part: a restore writes every byte. */
    public static Image wholeImage(PrintWriter out, Path file, EepromType type) {
        Image image = ImageFiles.read(out, file, null, type, 0);
        if (!image.isComplete() || image.length() != type.size()) {
            throw CliException.usage(file + " is not a whole " + type.name() + " image ("
                    + image.defined().cardinality() + " of " + type.size() + " bytes)");
        }
        return image;
    }

    /** Every backup of the part, oldest first, with what it is; says so when there is none. */
    public static void list(Session session, EepromRun run, Path dir) {
        PrintWriter out = session.out();
        BackupStore store = new BackupStore(dir);
        List<Backup> all = store.backups(run.bus().name(), run.eeprom().address());
        if (all.isEmpty()) {
            out.printf("No backups of 0x%02x on %s in %s%n", run.eeprom().address(), run.bus().name(), dir);
            return;
        }
        Backup plain = store.lastVerified(run.bus().name(), run.eeprom().address()).orElse(null);
        for (Backup b : all) {
            out.printf("%s  %s%s%n", b.file(), b.describe(), b.equals(plain) ? "  <- a plain restore puts this back" : "");
        }
    }
}
