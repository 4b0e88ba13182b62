// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.BusyException;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.Probe;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the chips on a bus the way i2cdetect does: a receive byte where EEPROMs live (a quick
 * write can corrupt some), a quick write elsewhere. Run it as {@code examples/run ScanBus [--bus BUS]}.
 */
public final class ScanBus {
    private ScanBus() {
    }

    /** The addresses 0x08-0x77 that answer; a kernel driver's address counts as present. */
    public static List<Integer> scan(I2cBus bus) {
        List<Integer> found = new ArrayList<>();
        for (int address = 0x08; address <= 0x77; address++) {
            try {
                // i2cdetect's way: a receive byte where EEPROMs live (a quick write can corrupt some)
                if (Probe.answers(bus.device(address), Probe.usable(address, bus.functionality()))) {
                    found.add(address);
                }
            } catch (BusyException e) {
                found.add(address); // a kernel driver owns it, so something is there
            }
        }
        return found;
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            try (I2cBus bus = ExampleArgs.parse(args).open()) {
                for (int address : scan(bus)) {
                    System.out.printf("0x%02x%n", address);
                }
            }
        });
    }
}
