// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.time.Duration;

/**
 * How the driver treats the part.
 *
 * @param writeTimeout how long to poll a part that does not acknowledge (its write cycle), with the
 *                     deadline taken before each attempt; at24's default is 25 ms
 * @param pollPause idle time between polls; by default 1 ms, as at24 sleeps between its polls
 *                  (usleep_range(1000, 1500)): the CPU and the bus are free while the part
 *                  writes, and the wait ends at most 1 ms after its cycle (5 ms on a 24C04)
 * @param verify read back what was written and compare
 * @param progress told how many bytes of an operation are done
 */
public record EepromOptions(Duration writeTimeout, Duration pollPause, boolean verify, Progress progress) {
    public static final EepromOptions DEFAULTS =
            new EepromOptions(Duration.ofMillis(25), Duration.ofMillis(1), true, Progress.NONE);

    public EepromOptions withProgress(Progress value) {
        return new EepromOptions(writeTimeout, pollPause, verify, value);
    }

    public EepromOptions withVerify(boolean value) {
        return new EepromOptions(writeTimeout, pollPause, value, progress);
    }

    /** Progress of a long operation, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        /** @param phase what is happening, such as "reading" or "writing" */
        void update(String phase, int done, int total);
    }
}
