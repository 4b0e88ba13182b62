// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.sim.ChipModels;
import io.i2ckit.sim.SimBoard;

/** A simulated chip in words, as sim status and demo list it. */
public final class ChipDescriptions {
    private ChipDescriptions() {
    }

    /** What the chip is, as sim status and demo list it. */
    public static String describe(SimBoard.ChipSpec c) {
        if (c.isModel()) {
            StringBuilder sb = new StringBuilder(ChipModels.get(c.type()).title());
            c.settings().forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
            return sb.toString();
        }
        if (!c.isEeprom()) {
            return c.label() + " register chip, 256 registers";
        }
        return String.format("%s EEPROM, %d bytes, %d-byte pages, %d-byte word address, tWR %.1f ms%s", c.label(),
                c.geometry().size(), c.geometry().pageSize(), c.geometry().addressBytes(),
                c.geometry().writeCycle().toNanos() / 1e6, c.writeProtected() ? ", write-protected" : "");
    }
}
