// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OffsetRangesTest {
    @Test
    void runsBecomeRangesAndSinglesStayAlone() {
        assertEquals("0x010-0x012, 0x030", OffsetRanges.of(List.of(0x10, 0x11, 0x12, 0x30), 0));
    }

    @Test
    void theBaseMovesEveryOffset() {
        assertEquals("0x110, 0x120-0x121", OffsetRanges.of(List.of(0x10, 0x20, 0x21), 0x100));
    }

    @Test
    void afterEightRangesTheRestIsElided() {
        List<Integer> everyOther = IntStream.range(0, 20).map(i -> i * 2).boxed().toList();
        assertEquals("0x000, 0x002, 0x004, 0x006, 0x008, 0x00a, 0x00c, 0x00e, ...", OffsetRanges.of(everyOther, 0));
    }
}
