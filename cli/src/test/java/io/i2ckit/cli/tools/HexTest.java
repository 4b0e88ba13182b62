// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HexTest {
    @Test
    void digitsAreWhatFormatterPrintsForEveryWidthAndValue() {
        int[] values = {0, 1, 0x0f, 0x10, 0x7f, 0xff, 0x100, 0xabc, 0xffff, 0x12345, Integer.MAX_VALUE, -1, Integer.MIN_VALUE};
        for (int width : new int[] {1, 2, 4}) {
            for (int v : values) {
                assertEquals(String.format("%0" + width + "x", v), Hex.digits(v, width), v + " in " + width);
                assertEquals(String.format("0x%0" + width + "x", v), Hex.prefixed(v, width), v + " in " + width);
            }
        }
    }

    @Test
    void bytesAreUnsignedAndSpaceSeparatedUpToTheLength() {
        byte[] data = {0, (byte) 0x80, (byte) 0xff, 0x5a, 0x11};
        assertEquals("0x00 0x80 0xff 0x5a", Hex.bytes(data, 4));
        assertEquals("", Hex.bytes(data, 0));
    }
}
