// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * The time a bus runs on. Real buses use the system clock; the simulator's clock counts bit
 * periods on the wire, so timeouts and ACK polling behave the same on both and simulated
 * workloads take exact, repeatable bus time.
 */
public interface BusClock {
    /** Monotonic time in nanoseconds. */
    long nanoTime();

    /** Lets {@code nanos} pass with the bus idle. */
    void sleep(long nanos);

    /** The system clock, for real hardware. */
    BusClock SYSTEM = new BusClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) {
            if (nanos <= 0) {
                return;
            }
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new I2cIoException("sleep", null, I2cException.NO_ADDRESS, Errno.EINTR,
                        "interrupted while waiting");
            }
        }
    };
}
