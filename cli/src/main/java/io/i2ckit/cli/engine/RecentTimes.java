// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import java.util.Arrays;

/**
 * How long the engine's last commands took inside it, from accepting the client to sending its
 * exit status: what {@code i2ckit engine status} reports, the engine's own cost plus the
 * command's work, without the client's start or the shell's.
 */
final class RecentTimes {
    private final long[] nanos;
    private long count;

    RecentTimes(int kept) {
        nanos = new long[kept];
    }

    synchronized void add(long elapsedNanos) {
        nanos[(int) (count++ % nanos.length)] = elapsedNanos;
    }

    /** How many of the last commands the median covers (at most as many as are kept). */
    synchronized int size() {
        return (int) Math.min(count, nanos.length);
    }

    /** The median of the kept times in milliseconds, or -1 before any command. */
    synchronized double medianMillis() {
        int n = size();
        if (n == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        long median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return median / 1e6;
    }
}
