// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

/**
 * Hex the way the drop-ins print it ({@code %02x}, {@code 0x%04x}, {@code 0x.. 0x..}), without
 * {@link java.util.Formatter}, which parses its pattern on every call: a drop-in's output is
 * mostly hex, and in the engine formatting a warm i2cget's one value cost a seventh of its time.
 */
final class Hex {
    private Hex() {
    }

    /** {@code value} as {@code %0<width>x} prints it: lower case, zero-padded, wider values whole. */
    static String digits(int value, int width) {
        String h = Integer.toHexString(value);
        return h.length() >= width ? h : "0".repeat(width - h.length()) + h;
    }

    /** {@code 0x%0<width>x}. */
    static String prefixed(int value, int width) {
        return "0x" + digits(value, width);
    }

    /** Each byte as {@code 0x%02x}, separated by single spaces. */
    static String bytes(byte[] data) {
        return bytes(data, data.length);
    }

    /** The first {@code length} bytes as {@link #bytes(byte[])} prints them. */
    static String bytes(byte[] data, int length) {
        StringBuilder sb = new StringBuilder(length * 5);
        for (int k = 0; k < length; k++) {
            sb.append(k == 0 ? "0x" : " 0x").append(digits(data[k] & 0xff, 2));
        }
        return sb.toString();
    }
}
