// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentTimesTest {
    @Test
    void theMedianCoversOnlyTheLastKeptTimes() {
        RecentTimes t = new RecentTimes(3);
        assertEquals(-1, t.medianMillis(), "no command yet");
        t.add(5_000_000);
        assertEquals(5.0, t.medianMillis());
        t.add(1_000_000);
        assertEquals(3.0, t.medianMillis(), "the mean of the middle two");
        t.add(9_000_000);
        t.add(2_000_000); // the 5 ms falls out: 1, 9, 2 are kept
        assertEquals(3, t.size());
        assertEquals(2.0, t.medianMillis());
    }
}
