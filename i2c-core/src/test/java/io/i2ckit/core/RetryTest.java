// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryTest {
    /** Time that passes only when the code under test sleeps (or an attempt says it took bus time). */
    private static final class StepClock implements BusClock {
        private long now;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            now += Math.max(0, nanos);
        }
    }

    private final StepClock clock = new StepClock();

    private static NoAcknowledgeException nack() {
        return new NoAcknowledgeException("write I2C block", "sim", 0x50, Errno.ENXIO);
    }

    @Test
    void retriesUntilTheAttemptSucceeds() {
        int[] calls = {0};
        String result = Retry.withDeadline(clock, Duration.ofMillis(25), Duration.ofMillis(1), Retry.NO_ACKNOWLEDGE,
                () -> {
                    if (++calls[0] < 4) {
                        throw nack();
                    }
                    return "done";
                });
        assertEquals("done", result);
        assertEquals(4, calls[0]);
        assertEquals(3_000_000, clock.nanoTime(), "three pauses of 1 ms");
    }

    @Test
    void deadlineIsCheckedAgainstTheTimeTakenBeforeEachAttempt() {
        List<Long> starts = new ArrayList<>();
        I2cTimeoutException e = assertThrows(I2cTimeoutException.class, () -> Retry.run(clock, Duration.ofMillis(5),
                Duration.ofMillis(2), Retry.NO_ACKNOWLEDGE, () -> {
                    starts.add(clock.nanoTime());
                    clock.sleep(100_000); // each attempt takes bus time
                    throw nack();
                }));
        // attempts start at 0, 2.1, 4.2 and 6.3 ms; the one at 6.3 started past the 5 ms deadline
        assertEquals(List.of(0L, 2_100_000L, 4_200_000L, 6_300_000L), starts);
        assertTrue(e.getMessage().startsWith("write I2C block at 0x50 on sim: still failing after 5 ms: no acknowledge"),
                e.getMessage());
        assertTrue(e.getCause() instanceof NoAcknowledgeException);
    }

    @Test
    void otherFailuresAreNotRetried() {
        I2cIoException eio = new I2cIoException("read", "sim", 0x50, Errno.EIO);
        int[] calls = {0};
        I2cException e = assertThrows(I2cException.class, () -> Retry.run(clock, Duration.ofMillis(25),
                Duration.ZERO, Retry.NO_ACKNOWLEDGE, () -> {
                    calls[0]++;
                    throw eio;
                }));
        assertSame(eio, e);
        assertEquals(1, calls[0]);
    }
}
