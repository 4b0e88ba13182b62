// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.core.BusLock;
import io.i2ckit.core.I2cException;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.BackupStore;
import io.i2ckit.eeprom.EepromVerifyException;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.OffsetRanges;
import io.i2ckit.eeprom.WriteReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What write, erase and restore share: read what the part holds, save it as a backup, write only
 * what differs, verify, and say how it went; on failure the error names the backup and how to
 * put it back.
 */
public final class Writing {
    private Writing() {
    }

    /** The outcome, for --stats: the reports of the runs written. */
    public static List<WriteReport> apply(EepromRun run, Target target, Image image, int offset, Path backupDir,
                                          Backup.Kind kind, boolean dryRun, String what) {
        PrintWriter out = run.session.out();
        List<WriteReport> reports = new ArrayList<>();
        try (BusLock hold = run.bus.lock()) {
            byte[] whole; // the backup, and what the writes compare against; it reads every block address
            try {
                whole = run.eeprom.readAll();
            } catch (I2cException e) {
                target.checkAnswers(run.bus, run.eeprom); // names the block address that is missing, if one is
                throw e;
            }
            byte[] current = java.util.Arrays.copyOfRange(whole, offset, offset + image.length());
            List<Integer> diff = image.differences(current);
            if (diff.isEmpty()) {
                run.clearProgress();
                out.printf("Nothing to write: the part already holds %s (%s compared)%n", what,
                        Numbers.count(image.defined().cardinality(), "byte"));
                return reports;
            }
            if (!dryRun) {
                target.checkMayWrite(run.session, run.bus, run.eeprom);
            }
            if (dryRun) {
                run.clearProgress();
                out.printf("Would change %d byte%s at %s; nothing written (--dry-run)%n", diff.size(),
                        diff.size() == 1 ? "" : "s", OffsetRanges.of(diff, offset));
                Differences.print(out, image, current, offset);
                return reports;
            }
            BackupStore store = new BackupStore(backupDir);
            Path backup = store.save(run.bus.name(), run.eeprom.address(), run.eeprom.type().name(), whole, kind);
            run.clearProgress();
            out.printf("Saved the current contents to %s%n", backup);
            try {
                for (int[] r : image.runs()) {
                    byte[] data = java.util.Arrays.copyOfRange(image.data(), r[0], r[0] + r[1]);
                    byte[] before = java.util.Arrays.copyOfRange(current, r[0], r[0] + r[1]);
                    reports.add(run.eeprom.write(offset + r[0], data, before));
                }
            } catch (EepromVerifyException e) {
                throw CliException.device(e.getMessage() + waysOn(run, target, store, backup, kind, what));
            } catch (I2cException e) {
                throw CliException.device("the write failed: " + e.getMessage()
                        + waysOn(run, target, store, backup, kind, what));
            }
            store.completed(run.bus.name(), run.eeprom.address(), backup);
            run.clearProgress();
            int written = reports.stream().mapToInt(WriteReport::pagesWritten).sum();
            int skipped = reports.stream().mapToInt(WriteReport::pagesSkipped).sum();
            out.printf("Wrote %s: %d byte%s changed in %d page write%s (%d page%s already right), verified%n", what,
                    diff.size(), diff.size() == 1 ? "" : "s", written, written == 1 ? "" : "s", skipped,
                    skipped == 1 ? "" : "s");
            reports.stream().filter(WriteReport::fellBack).findFirst().ifPresent(r -> out.printf(
                    "Note: this part's pages are %d bytes, not %d: pages that wrapped were written again in halves;"
                            + " next time use --page-size %d%n", r.pageSize(), r.plannedPageSize(), r.pageSize()));
        }
        return reports;
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
