// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import io.i2ckit.core.BusLock;
import io.i2ckit.core.I2cException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one safe way to change an EEPROM, for every face of i2ckit (the commands, the fan studio,
 * the examples): with the bus held, read what the part holds (every block address), save that
 * as a backup, write only what differs, verify, and mark the backup's write completed. Nothing
 * here prints; the caller says what happened from the {@link Outcome}.
 */
public final class SafeWrite {
    private SafeWrite() {
    }

    /** The caller's part: checks before anything is written, and word of the backup as it is saved. */
    public interface Guard {
        /** The first read failed: throw a clearer error if there is one (a block address that does not answer). */
        default void readFailed(I2cException e) {
        }

        /** The differences are known and nothing is saved or written yet: throw to refuse (a protected address). */
        default void beforeWrite() {
        }

        /** The backup is saved and the first write comes next. */
        default void saved(Path backup) {
        }
    }

    /** What came of it. */
    public enum Result {
        /** The part already held the image: nothing saved, nothing written. */
        UNCHANGED,
        /** A dry run: what would change is in the outcome; nothing saved, nothing written. */
        WOULD_CHANGE,
        /** Saved, written, verified. */
        WRITTEN
    }

    /**
     * @param current what the part held where the image goes, before
     * @param differences the offsets (within the image) whose bytes differ
     * @param backup the saved contents of the whole part (null unless written)
     * @param reports one per run of defined bytes written
     */
    public record Outcome(Result result, byte[] current, List<Integer> differences, Path backup,
                          List<WriteReport> reports) {
        public int pagesWritten() {
            return reports.stream().mapToInt(WriteReport::pagesWritten).sum();
        }

        public int pagesSkipped() {
            return reports.stream().mapToInt(WriteReport::pagesSkipped).sum();
        }
    }

    /**
     * A write that failed after the backup was saved: the part may hold part of the new image;
     * {@link #backup()} holds what it held before. The cause is the driver's error (an
     * {@link EepromVerifyException} when a read-back differed).
     */
    public static final class FailedException extends RuntimeException {
        private final transient Path backup;

        FailedException(Path backup, I2cException cause) {
            super(cause.getMessage(), cause);
            this.backup = backup;
        }

        public Path backup() {
            return backup;
        }

        public I2cException failure() {
            return (I2cException) getCause();
        }
    }

    /**
     * Puts {@code image} at {@code offset} of {@code eeprom}, backing up into {@code store} first
     * (as a backup of {@code kind}); with {@code dryRun} only compares.
     *
     * @throws FailedException when a write or its verification failed after the backup was saved
     */
    public static Outcome apply(At24Eeprom eeprom, Image image, int offset, BackupStore store, Backup.Kind kind,
                                boolean dryRun, Guard guard) {
        if (offset < 0 || (long) offset + image.length() > eeprom.type().size()) {
            throw new IllegalArgumentException(image.length() + " bytes at " + offset + " go past the end of the "
                    + eeprom.type().size() + "-byte " + eeprom.type().name());
        }
        try (BusLock hold = eeprom.bus().lock()) {
            byte[] whole; // the backup, and what the writes compare against
            try {
                whole = eeprom.readAll();
            } catch (I2cException e) {
                guard.readFailed(e);
                throw e;
            }
            byte[] current = Arrays.copyOfRange(whole, offset, offset + image.length());
            List<Integer> differences = image.differences(current);
            if (differences.isEmpty()) {
                return new Outcome(Result.UNCHANGED, current, differences, null, List.of());
            }
            if (dryRun) {
                return new Outcome(Result.WOULD_CHANGE, current, differences, null, List.of());
            }
            guard.beforeWrite();
            Path backup = store.save(eeprom.bus().name(), eeprom.address(), eeprom.type().name(), whole, kind);
            guard.saved(backup);
            List<WriteReport> reports = new ArrayList<>();
            try {
                for (int[] run : image.runs()) {
                    byte[] data = Arrays.copyOfRange(image.data(), run[0], run[0] + run[1]);
                    byte[] before = Arrays.copyOfRange(current, run[0], run[0] + run[1]);
                    reports.add(eeprom.write(offset + run[0], data, before));
                }
            } catch (I2cException e) {
                throw new FailedException(backup, e);
            }
            store.completed(eeprom.bus().name(), eeprom.address(), backup);
            return new Outcome(Result.WRITTEN, current, differences, backup, List.copyOf(reports));
        }
    }
}
