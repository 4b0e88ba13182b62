// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.util.Map;

/**
 * A TMP102 digital thermometer: the LM75 pointer scheme with 16-bit registers. Temperature is
 * 12 bits of 0.0625 °C, left aligned; with the EM bit set it is 13 bits (to 150 °C) and bit 0
 * reads 1. The configuration word powers on as 0x60A0: R1 R0 read 1 (12-bit resolution), 4 Hz
 * conversions, AL 1. AL follows the comparator: active at THIGH or above until the temperature
 * falls below TLOW, then read as POL says. In shutdown (SD) the register keeps the last
 * reading; writing OS = 1 there takes one new reading. The fault queue is not modelled: a
 * single reading past a limit counts.
 *
 * <p>Memory: 0 pointer, 1-2 configuration, 3-4 TLOW, 5-6 THIGH, 7 alert active, 8-9 last reading.
 */
final class Tmp102Chip extends TemperatureSensorChip {
    private static final int TLOW = 2;
    private static final int THIGH = 3;
    private static final int WRITABLE = 0x9F_D0; // OS F1 F0 POL TM SD, CR1 CR0 EM
    private static final int SD = 0x0100;
    private static final int OS = 0x8000;
    private static final int POL = 0x0400;
    private static final int EM = 0x0010;
    private static final int AL = 0x0020;

    private final double celsius;

    Tmp102Chip(int address, ChipMemory memory, double celsius) {
        super(address, "TMP102 temperature sensor", memory);
        this.celsius = celsius;
    }

    @Override
    int width(int register) {
        return 2;
    }

    @Override
    int value(int register) {
        return switch (register) {
            case TEMPERATURE -> temperature();
            case CONFIGURATION -> configuration();
            case TLOW -> word(3);
            default -> word(5);
        };
    }

    @Override
    void store(int register, int value) {
        switch (register) {
            case CONFIGURATION -> {
                temperature(); // the conversion running until now is the one shutdown keeps
                int config = value & WRITABLE | 0x6000;
                if ((config & SD) != 0 && (config & OS) != 0) {
                    setWord(8, encode()); // one-shot conversion
                }
                setWord(1, config & ~OS);
            }
            case TLOW -> setWord(3, value);
            case THIGH -> setWord(5, value);
            default -> throw new AssertionError(register);
        }
    }

    private boolean extended() {
        return (word(1) & EM) != 0;
    }

    private int encode() {
        return extended() ? steps(celsius, 0.0625, 13) << 3 | 1 : steps(celsius, 0.0625, 12) << 4;
    }

    private int temperature() {
        if ((word(1) & SD) == 0) {
            setWord(8, encode());
        }
        return word(8);
    }

    private int configuration() {
        int reading = (short) temperature() >> (extended() ? 3 : 4);
        int high = (short) word(5) >> (extended() ? 3 : 4);
        int low = (short) word(3) >> (extended() ? 3 : 4);
        boolean active = memory.get(7) != 0;
        if (reading >= high) {
            active = true;
        } else if (reading < low) {
            active = false;
        }
        memory.set(7, active ? 1 : 0);
        int config = word(1) & ~AL;
        boolean polarityHigh = (config & POL) != 0;
        return active == polarityHigh ? config | AL : config;
    }

    /** The model the simulator finds through its service file. */
    public static final class Model implements ChipModel {
        @Override
        public String type() {
            return "tmp102";
        }

        @Override
        public String title() {
            return "TMP102 temperature sensor (12/13-bit, 0.0625 °C)";
        }

        @Override
        public int[] addresses() {
            return new int[] {0x48, 0x49, 0x4a, 0x4b};
        }

        @Override
        public int memorySize() {
            return 10;
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Map.of("temperature", "25");
        }

        @Override
        public Map<String, String> settingHelp() {
            return Map.of("temperature", "what it measures, °C (-55 to 150)");
        }

        @Override
        public void powerOn(ChipMemory memory) {
            Tmp102Chip chip = new Tmp102Chip(0, memory, 0);
            memory.set(0, 0);
            chip.setWord(1, 0x60A0);
            chip.setWord(3, 75 << 8);
            chip.setWord(5, 80 << 8);
            memory.set(7, 0);
        }

        @Override
        public SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock) {
            return new Tmp102Chip(address, memory, settings.number("temperature", -55, 150));
        }
    }
}
