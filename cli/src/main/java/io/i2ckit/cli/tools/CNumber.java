// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import java.math.BigInteger;

/**
 * C's {@code strtol(s, &end, 0)} and {@code strtoul(s, &end, 0)} on a 64-bit {@code long}, so the
 * compatible tools accept and reject numbers exactly as i2c-tools does: leading white space, a
 * sign, {@code 0x} hex, leading-zero octal; {@code end} is where parsing stopped.
 *
 * @param value the result; for strtoul the 64 bits of an unsigned value
 * @param end index of the first character not used; 0 when no digits were found
 */
public record CNumber(long value, int end) {
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Whether the whole text was a number: C's {@code !*end} and, as i2c-tools adds, not empty. */
    public boolean consumedAll(String text) {
        return !text.isEmpty() && end == text.length();
    }

    public static CNumber strtol(String s) {
        Parsed p = parse(s);
        if (p == null) {
            return new CNumber(0, 0);
        }
        BigInteger v = p.negative ? p.magnitude.negate() : p.magnitude;
        if (v.bitLength() > 63) {
            return new CNumber(p.negative ? Long.MIN_VALUE : Long.MAX_VALUE, p.end);
        }
        return new CNumber(v.longValue(), p.end);
    }

    public static CNumber strtoul(String s) {
        Parsed p = parse(s);
        if (p == null) {
            return new CNumber(0, 0);
        }
        if (p.magnitude.compareTo(ULONG_MAX) > 0) {
            return new CNumber(-1L, p.end);
        }
        long v = p.magnitude.longValue();
        return new CNumber(p.negative ? -v : v, p.end);
    }

    /** Unsigned comparison of a strtoul result with {@code limit}. */
    public boolean unsignedAbove(long limit) {
        return Long.compareUnsigned(value, limit) > 0;
    }

    private record Parsed(BigInteger magnitude, boolean negative, int end) {
    }

    private static Parsed parse(String s) {
        int i = 0;
        while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (i < s.length() && s.charAt(i) == '0') {
            if (i + 2 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                radix = 16;
                i += 2;
            } else {
                radix = 8;
            }
        }
        int start = i;
        while (i < s.length() && s.charAt(i) < 128 && Character.digit(s.charAt(i), radix) >= 0) {
            i++;
        }
        if (i == start) {
            return null;
        }
        // up to 15 digits fit a long in every radix (16^15 < 2^63): the usual case, without BigInteger
        BigInteger magnitude = i - start <= 15 ? BigInteger.valueOf(Long.parseLong(s, start, i, radix))
                : new BigInteger(s.substring(start, i), radix);
        return new Parsed(magnitude, negative, i);
    }
}
