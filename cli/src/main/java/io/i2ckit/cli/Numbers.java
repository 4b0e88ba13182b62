// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.I2cBuses;

import java.util.OptionalLong;

/** Numbers as users type them: decimal, 0x hex or leading-zero octal, as C's strtol reads them. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code text} as a number in {@code min..max}, else a usage error naming {@code what}. */
    public static long parse(String text, long min, long max, String what) {
        OptionalLong n = I2cBuses.parseNumber(text);
        if (n.isEmpty()) {
            throw CliException.usage(what + " '" + text + "' is not a number (write 80, 0x50 or 0120)");
        }
        if (n.getAsLong() < min || n.getAsLong() > max) {
            // the range in the base the user wrote the number in: "--length 32 out of range (1-12)"
            String range = text.strip().toLowerCase(java.util.Locale.ROOT).matches("[-+]?0x.*")
                    ? String.format("0x%x-0x%x", min, max) : String.format("%d-%d", min, max);
            throw CliException.usage(String.format("%s %s out of range (%s)", what, text, range));
        }
        return n.getAsLong();
    }

    /** "1 string", "2 strings", "2 addresses": a count and its noun, in the plural when it is not one. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
    }

    /** A 7-bit chip address. */
    public static int address(String text) {
        return (int) parse(text, 0x00, 0x7f, "chip address");
    }
}
