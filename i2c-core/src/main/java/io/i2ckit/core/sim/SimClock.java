// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.sim;

import io.i2ckit.core.BusClock;

/**
 * Virtual time of the simulated bus: it moves only by bit periods on the wire and by the idle
 * waits the host asks for, so every workload takes the same, exact bus time on every run.
 */
public final class SimClock implements BusClock {
    private long now;
    private long idle;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        if (nanos > 0) {
            now += nanos;
            idle += nanos;
        }
    }

    /** Moves time forward by bus activity. */
    synchronized void advance(long nanos) {
        now += nanos;
    }

    /** Idle time the host spent waiting, included in {@link #nanoTime()}. */
    public synchronized long idleNanos() {
        return idle;
    }
}
