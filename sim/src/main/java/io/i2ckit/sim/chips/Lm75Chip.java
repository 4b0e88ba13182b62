// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.util.Map;

/**
 * An LM75 digital thermometer: temperature in 9 bits (0.5 °C steps, two's complement, left
 * aligned in a 16-bit register), a configuration byte whose bit 0 shuts conversions down (the
 * register then keeps the last reading), and the hysteresis and overtemperature limits (75 and
 * 80 °C at power-on), also 9 bits. The OS output pin and its fault queue are not modelled.
 *
 * <p>Memory: 0 pointer, 1 configuration, 2-3 THYST, 4-5 TOS, 6-7 the last conversion.
 */
final class Lm75Chip extends TemperatureSensorChip {
    private static final int THYST = 2;
    private static final int TOS = 3;

    private final double celsius;

    Lm75Chip(int address, ChipMemory memory, double celsius) {
        super(address, "LM75 temperature sensor", memory);
        this.celsius = celsius;
    }

    @Override
    int width(int register) {
        return register == CONFIGURATION ? 1 : 2;
    }

    @Override
    int value(int register) {
        return switch (register) {
            case TEMPERATURE -> temperature();
            case CONFIGURATION -> memory.get(1);
            case THYST -> word(2);
            default -> word(4);
        };
    }

    @Override
    void store(int register, int value) {
        switch (register) {
            case CONFIGURATION -> {
                temperature(); // the conversion running until now is the one shutdown keeps
                memory.set(1, value & 0x1f); // bits 7-5 must stay zero
            }
            case THYST -> setWord(2, value & 0xff80);
            case TOS -> setWord(4, value & 0xff80);
            default -> throw new AssertionError(register);
        }
    }

    private int temperature() {
        boolean shutdown = (memory.get(1) & 1) != 0;
        if (!shutdown) {
            setWord(6, steps(celsius, 0.5, 9) << 7);
        }
        return word(6);
    }

    /** The model the simulator finds through its service file. */
    public static final class Model implements ChipModel {
        @Override
        public String type() {
            return "lm75";
        }

        @Override
        public String title() {
            return "LM75 temperature sensor (9-bit, 0.5 °C)";
        }

        @Override
        public int[] addresses() {
            return new int[] {0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f};
        }

        @Override
        public int memorySize() {
            return 8;
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Map.of("temperature", "25");
        }

        @Override
        public Map<String, String> settingHelp() {
            return Map.of("temperature", "what it measures, °C (-55 to 125)");
        }

        @Override
        public void powerOn(ChipMemory memory) {
            Lm75Chip chip = new Lm75Chip(0, memory, 0);
            memory.set(0, 0);
            memory.set(1, 0);
            chip.setWord(2, 75 << 8);
            chip.setWord(4, 80 << 8);
        }

        @Override
        public SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock) {
            return new Lm75Chip(address, memory, settings.number("temperature", -55, 125));
        }
    }
}
