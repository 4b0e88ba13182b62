// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;

/**
 * Reads an LM75 or TMP102 temperature sensor with i2ckit's API: one combined transfer writes
 * the pointer (0, the temperature register) and reads two bytes after a repeated start, most
 * significant first; the reading is left aligned, 9 bits of 0.5 °C on an LM75, 12 of 0.0625 °C
 * on a TMP102. On the simulated bus a TMP102 is put at 0x49 the first time.
 *
 * <pre>examples/run ReadTemperature [--bus BUS] [ADDRESS] [lm75|tmp102]</pre>
 */
public final class ReadTemperature {
    private ReadTemperature() {
    }

    /** Degrees Celsius from the sensor at {@code device}. */
    public static double celsius(I2cDevice device, boolean tmp102) {
        byte[] raw = device.writeRead(new byte[] {0x00}, 2);
        int value = (short) ((raw[0] & 0xff) << 8 | raw[1] & 0xff); // sign-extended, still left aligned
        return tmp102 ? (value >> 4) * 0.0625 : (value >> 7) * 0.5;
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            ExampleArgs a = ExampleArgs.parse(args);
            int address = a.rest.isEmpty() ? 0x49 : Integer.decode(a.rest.get(0));
            String chip = a.rest.size() > 1 ? a.rest.get(1) : "tmp102";
            if (!chip.equals("lm75") && !chip.equals("tmp102")) {
                throw new IllegalArgumentException("sensor '" + chip + "': use lm75 or tmp102");
            }
            a.simulatedChip(address, chip, "temperature", "21.5");
            try (I2cBus bus = a.open()) {
                System.out.printf("%s at 0x%02x on %s: %.4f °C%n", chip.toUpperCase(java.util.Locale.ROOT), address,
                        bus.name(), celsius(bus.device(address), chip.equals("tmp102")));
            }
        });
    }
}
