// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.BusyException;
import io.i2ckit.core.Capability;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the chips on a bus the way i2cdetect does: a receive byte where EEPROMs live (a quick
 * write can corrupt some), a quick write elsewhere. Run it with a bus name: {@code sim}, {@code 1}...
 */
public final class ScanBus {
    private ScanBus() {
    }

    /** The addresses 0x08-0x77 that answer; a kernel driver's address counts as present. */
    public static List<Integer> scan(I2cBus bus) {
        List<Integer> found = new ArrayList<>();
        for (int address = 0x08; address <= 0x77; address++) {
            boolean eepromRange = (address >= 0x30 && address <= 0x37) || (address >= 0x50 && address <= 0x5f);
            try {
                I2cDevice chip = bus.device(address);
                if (eepromRange || !bus.functionality().has(Capability.SMBUS_QUICK)) {
                    chip.receiveByte();
                } else {
                    chip.quick(false);
                }
                found.add(address);
            } catch (BusyException e) {
                found.add(address); // a kernel driver owns it, so something is there
            } catch (I2cException e) {
                // nobody answered
            }
        }
        return found;
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "sim";
        try (I2cBus bus = I2cBuses.open(name)) {
            for (int address : scan(bus)) {
                System.out.printf("0x%02x%n", address);
            }
        } catch (I2cException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
        }
    }
}
