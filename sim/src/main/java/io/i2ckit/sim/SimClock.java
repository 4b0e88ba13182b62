// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.BusClock;

/**
 * Virtual time of the simulated bus: it moves only by bit periods on the wire and by the idle
 * waits the host asks for, so every workload takes the same, exact bus time on every run.
 *
 * <p>A clock that {@linkplain #followingWallClock() follows the wall clock} also moves by the
 * real time that passes between its readings: for programs that wait with {@code Thread.sleep},
 * as diozero's and Pi4J's drivers wait out an EEPROM's write cycle, and not through this clock.
 * Bus activity still adds its exact bit time on top, since it runs far faster than a real bus.
 */
public final class SimClock implements BusClock {
    private final boolean followsWall;
    private long lastWall;
    private long now;
    private long idle;

    public SimClock() {
        this(false);
    }

    private SimClock(boolean followsWall) {
        this.followsWall = followsWall;
        this.lastWall = System.nanoTime();
    }

    /** A clock that runs at least as fast as real time. */
    public static SimClock followingWallClock() {
        return new SimClock(true);
    }

    @Override
    public synchronized long nanoTime() {
        catchUp();
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        if (nanos > 0) {
            catchUp();
            now += nanos;
            idle += nanos;
        }
    }

    /** Moves time forward by bus activity. */
    synchronized void advance(long nanos) {
        catchUp();
        now += nanos;
    }

    private void catchUp() {
        if (followsWall) {
            long wall = System.nanoTime();
            now += wall - lastWall;
            lastWall = wall;
        }
    }

    /** Idle time the host spent waiting, included in {@link #nanoTime()}. */
    public synchronized long idleNanos() {
        return idle;
    }
}
