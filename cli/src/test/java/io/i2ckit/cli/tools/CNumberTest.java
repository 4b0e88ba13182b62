// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** strtol and strtoul with base 0 as glibc gives them on a 64-bit long, short and long digit strings alike. */
class CNumberTest {
    @Test
    void shortNumbersInEachBaseWithSignsSpacesAndWhereParsingStops() {
        assertEquals(new CNumber(0x50, 4), CNumber.strtoul("0x50"));
        assertEquals(new CNumber(8, 3), CNumber.strtoul("010"));
        assertEquals(new CNumber(0, 1), CNumber.strtoul("08"), "octal stops at the 8");
        assertEquals(new CNumber(-5, 3), CNumber.strtol(" -5"));
        assertEquals(new CNumber(-5, 2), CNumber.strtoul("-5"), "strtoul negates in unsigned arithmetic");
        assertEquals(new CNumber(0, 1), CNumber.strtoul("0x"), "'0x' alone is the 0, the x left over");
        assertEquals(new CNumber(0, 0), CNumber.strtoul("zz"));
        assertEquals(new CNumber(12, 2), CNumber.strtoul("12ab"));
    }

    @Test
    void longDigitStringsAtTheLimitsOfALong() {
        assertEquals(new CNumber(0xfffffffffffffffL, 17), CNumber.strtoul("0xfffffffffffffff"), "15 hex digits");
        assertEquals(new CNumber(-1L, 18), CNumber.strtoul("0xffffffffffffffff"), "16 hex digits: ULONG_MAX");
        assertEquals(new CNumber(-1L, 19), CNumber.strtoul("0x1ffffffffffffffff"), "beyond: ULONG_MAX (ERANGE)");
        assertEquals(new CNumber(Long.MAX_VALUE, 18), CNumber.strtol("0xffffffffffffffff"), "LONG_MAX (ERANGE)");
        assertEquals(new CNumber(Long.MIN_VALUE, 20), CNumber.strtol("-9223372036854775808"));
        assertEquals(new CNumber(Long.MIN_VALUE, 20), CNumber.strtol("-9223372036854775809"), "LONG_MIN (ERANGE)");
        assertEquals(new CNumber(999999999999999L, 15), CNumber.strtol("999999999999999"));
        assertEquals(new CNumber(1000000000000000L, 16), CNumber.strtol("1000000000000000"));
    }
}
