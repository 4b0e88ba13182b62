// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.core.I2cException;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.BackupStore;
import io.i2ckit.eeprom.EepromVerifyException;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.OffsetRanges;
import io.i2ckit.eeprom.SafeWrite;
import io.i2ckit.eeprom.WriteReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What write, erase and restore share: read what the part holds, save it as a backup, write only
 * what differs, verify, and say how it went; on failure the error names the backup and how to
 * put it back.
 */
public final class Writing {
    private Writing() {
    }

    /**
     * Writes through {@link SafeWrite} with this command's checks and says what happened; returns
     * the reports of the runs written, for --stats.
     */
    public static List<WriteReport> apply(EepromRun run, Target target, Image image, int offset, Path backupDir,
                                          Backup.Kind kind, boolean dryRun, String what) {
        PrintWriter out = run.session.out();
        SafeWrite.Outcome o = write(run, target, image, offset, backupDir, kind, dryRun, what, sayingSaved(out));
        report(out, o, image, offset, what);
        return o.reports();
    }

    /**
     * Writes through {@link SafeWrite} with this command's checks (the chip answers at every block
     * address, the address may be written); {@code saved} hears of the backup before the first
     * write. Prints nothing else.
     *
     * @throws CliException when the write failed, naming the backup and the ways on
     */
    public static SafeWrite.Outcome write(EepromRun run, Target target, Image image, int offset, Path backupDir,
                                          Backup.Kind kind, boolean dryRun, String what, Consumer<Path> saved) {
        BackupStore store = new BackupStore(backupDir);
        try {
            return SafeWrite.apply(run.eeprom, image, offset, store, kind, dryRun, new SafeWrite.Guard() {
                @Override
                public void readFailed(I2cException e) {
                    target.checkAnswers(run.bus, run.eeprom); // names the block address that is missing, if one is
                }

                @Override
                public void beforeWrite() {
                    target.checkMayWrite(run.session, run.bus, run.eeprom);
                }

                @Override
                public void saved(Path backup) {
                    run.clearProgress();
                    saved.accept(backup);
                }
            });
        } catch (SafeWrite.FailedException e) {
            String why = e.failure() instanceof EepromVerifyException ? e.getMessage() : "the write failed: " + e.getMessage();
            throw CliException.device(why + waysOn(run, target, store, e.backup(), kind, what));
        } finally {
            run.clearProgress();
        }
    }

    /** Says on {@code out} where the backup went, as every write says it before its first byte. */
    public static Consumer<Path> sayingSaved(PrintWriter out) {
        return backup -> out.printf("Saved the current contents to %s%n", backup);
    }

    /** Says what {@code o} did with {@code image} at {@code offset} ({@code what} names the image). */
    public static void report(PrintWriter out, SafeWrite.Outcome o, Image image, int offset, String what) {
        int changed = o.differences().size();
        switch (o.result()) {
            case UNCHANGED -> out.printf("Nothing to write: the part already holds %s (%s compared)%n", what,
                    Numbers.count(image.defined().cardinality(), "byte"));
            case WOULD_CHANGE -> {
                out.printf("Would change %s at %s; nothing written (--dry-run)%n", Numbers.count(changed, "byte"),
                        OffsetRanges.of(o.differences(), offset));
                Differences.print(out, image, o.current(), offset);
            }
            case WRITTEN -> {
                out.printf("Wrote %s: %s changed in %s (%s already right), verified%n", what,
                        Numbers.count(changed, "byte"), Numbers.count(o.pagesWritten(), "page write"),
                        Numbers.count(o.pagesSkipped(), "page"));
                o.reports().stream().filter(WriteReport::fellBack).findFirst().ifPresent(r -> out.printf(
                        "Note: this part's pages are %d bytes, not %d: pages that wrapped were written again in halves;"
                                + " next time use --page-size %d%n", r.pageSize(), r.plannedPageSize(), r.pageSize()));
            }
        }
    }

    /**
     * The ways on after a failed write: back to the contents before; and for a restore of a
     * named backup, also forward, since running it again finishes what was asked.
     */
    private static String waysOn(EepromRun run, Target target, BackupStore store, Path backup, Backup.Kind kind,
                                 String what) {
        if (kind != Backup.Kind.RESTORE) {
            return restore(run, target, store, backup);
        }
        String forward = "; to finish this restore, run " + command(target, Path.of(what)) + " again";
        String plain = "'i2ckit eeprom restore " + target.options() + "'";
        Backup last = store.lastVerified(run.bus.name(), run.eeprom.address()).orElse(null);
        if (last == null) {
            return forward + "; the contents before it are saved in " + backup;
        }
        if (last.file().equals(backup)) {
            return forward + "; to go back to what was there before (saved in " + backup + "), run " + plain;
        }
        return forward + "; the part was already torn before it (saved in " + backup + "); " + plain
                + " puts back the last verified contents, " + last.file();
    }

    /**
     * The way back after a failed write: the backup just taken if it holds verified contents, else
     * (an earlier failure had already torn the part) the last verified one; a plain restore picks
     * the same.
     */
    private static String restore(EepromRun run, Target target, BackupStore store, Path backup) {
        Backup last = store.lastVerified(run.bus.name(), run.eeprom.address()).orElse(null);
        if (last == null || last.file().equals(backup)) {
            return "; the contents before are saved in " + backup + ": put them back with " + command(target, backup);
        }
        return "; the part was already torn before this (saved in " + backup + "); the last verified contents are in "
                + last.file() + ": put them back with " + command(target, last.file());
    }

    private static String command(Target target, Path backup) {
        return "'i2ckit eeprom restore " + target.options() + " " + backup + "'";
    }
}
