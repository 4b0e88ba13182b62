// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one retry loop of the toolkit, shaped like at24's: the time is read before each attempt,
 * and another attempt follows only if that time was still before the deadline. A slow attempt
 * that started in time is never cut short, and a thread descheduled past the deadline still gets
 * one last try instead of failing without one.
 */
public final class Retry {
    private Retry() {
    }

    /** Retry on no-acknowledge: what an EEPROM in its write cycle answers (ACK polling). */
    public static final Predicate<I2cException> NO_ACKNOWLEDGE = e -> e instanceof NoAcknowledgeException;

    /** Retry on EAGAIN: arbitration lost on a multi-master bus. */
    public static final Predicate<I2cException> ARBITRATION_LOST = e -> e.errno() == Errno.EAGAIN;

    /**
     * Runs {@code attempt} until it returns, retrying failures {@code retryable} accepts.
     *
     * @param pause idle time between attempts; zero polls back to back, each poll costing only
     *              its own bus time
     * @throws I2cTimeoutException when the last attempt allowed still failed; its cause is that failure
     */
    public static <T> T withDeadline(BusClock clock, Duration timeout, Duration pause,
                                     Predicate<? super I2cException> retryable, Supplier<T> attempt) {
        long deadline = clock.nanoTime() + timeout.toNanos();
        while (true) {
            long started = clock.nanoTime();
            try {
                return attempt.get();
            } catch (I2cException e) {
                if (!retryable.test(e)) {
                    throw e;
                }
                if (started - deadline >= 0) {
                    throw new I2cTimeoutException(e.operation(), e.bus(), e.address(),
                            "still failing after " + timeout.toMillis() + " ms: " + e.detail(), e);
                }
            }
            clock.sleep(pause.toNanos());
        }
    }

    /** {@link #withDeadline} for an attempt that returns nothing. */
    public static void run(BusClock clock, Duration timeout, Duration pause,
                           Predicate<? super I2cException> retryable, Runnable attempt) {
        withDeadline(clock, timeout, pause, retryable, () -> {
            attempt.run();
            return null;
        });
    }
}
