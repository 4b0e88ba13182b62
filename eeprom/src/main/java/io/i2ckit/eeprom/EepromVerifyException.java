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
                + " did not read back as written, at " + OffsetRanges.of(offsets, 0));
        if (looksWriteProtected) {
            sb.append("; nothing changed at all: the write-protect (WP) pin may be high");
        }
        return sb.toString();
    }
}
