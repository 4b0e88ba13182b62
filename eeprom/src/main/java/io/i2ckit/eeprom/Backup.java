// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.nio.file.Path;

/**
 * One backup and what the journal says of it: the operation it was taken before, whether the
 * part held whole contents then, and whether that operation completed.
 *
 * @param completed whether the operation after it finished and verified; false also when it
 *                  never said (the process died)
 */
public record Backup(Path file, Kind kind, Contents contents, boolean completed) {
    /** The operation a backup was taken before. */
    public enum Kind {
        WRITE("before a write"), ERASE("before an erase"), RESTORE("before a restore"), UNKNOWN("not in the journal");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** What the part held when the backup was taken. */
    public enum Contents {
        /** Left by an operation that completed and verified, or held before i2ckit first wrote the part. */
        VERIFIED("verified contents"),
        /** Left by an operation that failed or never finished: part old, part new. */
        TORN("torn contents"),
        /** Taken before the journal existed, or its record is lost. */
        UNKNOWN("contents of unknown state");

        private final String words;

        Contents(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** "before a write, verified contents; the write completed". */
    public String describe() {
        if (kind == Kind.UNKNOWN) {
            return contents.words() + " (" + kind.words() + ")";
        }
        return kind.words() + ", " + contents.words() + "; the " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + (completed ? " completed" : " failed or did not finish");
    }
}
