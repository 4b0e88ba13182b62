// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.RegisterChip;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimStore;

import java.nio.file.Path;

/** Seeds the simulated bus a test's commands will open. */
final class SimFixtures {
    private SimFixtures() {
    }

    /** Register n of the chip at 0x48 holds n. */
    static void countingRegisters(Path simDir) {
        try (SimBus bus = new SimStore(simDir).open()) {
            RegisterChip chip = (RegisterChip) bus.chip(0x48);
            for (int i = 0; i < 256; i++) {
                chip.registers().set(i, i);
            }
        }
    }

    /** The EEPROM holds {@code text} from offset 0, the rest erased. */
    static void eepromText(Path simDir, String text) {
        try (SimBus bus = new SimStore(simDir).open()) {
            EepromChip chip = (EepromChip) bus.chip(0x50);
            for (int i = 0; i < text.length(); i++) {
                chip.memory().set(i, text.charAt(i));
            }
        }
    }

    /** The byte at {@code offset} of the EEPROM. */
    static int eepromByte(Path simDir, int offset) {
        try (SimBus bus = new SimStore(simDir).open()) {
            return ((EepromChip) bus.chip(0x50)).memory().get(offset);
        }
    }
}
