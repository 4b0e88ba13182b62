// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import io.i2ckit.core.I2cException;

import java.util.List;

/** Read back after writing, the part holds something else: the offsets say where. */
public class EepromVerifyException extends I2cException {
    private final List<Integer> offsets;

    public EepromVerifyException(String bus, int address, List<Integer> offsets, boolean looksWriteProtected) {
        super("verify", bus, address, 0, describe(offsets, looksWriteProtected));
        this.offsets = List.copyOf(offsets);
    }

    /** The offsets that did not read back as written. */
    public List<Integer> offsets() {
        return offsets;
    }

    private static String describe(List<Integer> offsets, boolean looksWriteProtected) {
        StringBuilder sb = new StringBuilder(offsets.size() + " byte" + (offsets.size() == 1 ? "" : "s")
                + " did not read back as written, at " + ranges(offsets));
        if (looksWriteProtected) {
            sb.append("; nothing changed at all: the write-protect (WP) pin may be high");
        }
        return sb.toString();
    }

    /** Offsets as ranges: 0x010-0x01f, 0x030. */
    static String ranges(List<Integer> offsets) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < offsets.size(); i++) {
            int start = offsets.get(i);
            int end = start;
            while (i + 1 < offsets.size() && offsets.get(i + 1) == end + 1) {
                end = offsets.get(++i);
            }
            if (shown++ == 8) {
                sb.append(", ...");
                break;
            }
            sb.append(sb.length() == 0 ? "" : ", ")
                    .append(start == end ? String.format("0x%03x", start) : String.format("0x%03x-0x%03x", start, end));
        }
        return sb.toString();
    }
}
