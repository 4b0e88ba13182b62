// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.util.Map;

/**
 * A PCF8591 8-bit ADC and DAC. The first byte written is the control byte (bit 6 analog output
 * enable, bits 5-4 input programming, bit 2 auto-increment, bits 1-0 channel), the next ones set
 * the DAC. Each byte read is the result of the previous conversion, while the chip converts the
 * selected channel for the next byte: the first byte of a read is stale (0x80 after power-on).
 * With auto-increment the channel steps after each conversion. Single-ended results are
 * V/VREF x 256 clamped to 0..255; differential ones two's complement, -128..127.
 *
 * <p>Memory: 0 control byte, 1 DAC value, 2 last conversion.
 */
final class Pcf8591Chip extends AddressedChip {
    private final double[] volts;
    private final double vref;
    private boolean controlNext;

    Pcf8591Chip(int address, ChipMemory memory, double[] volts, double vref) {
        super(address, "PCF8591 8-bit A/D and D/A converter", memory);
        this.volts = volts.clone();
        this.vref = vref;
    }

    @Override
    public boolean start(int address, boolean read, long now) {
        controlNext = !read;
        return true;
    }

    @Override
    public boolean write(int value, long now) {
        if (controlNext) {
            controlNext = false;
            memory.set(0, value & 0x77); // bits 7 and 3 are fixed at 0
        } else {
            memory.set(1, value & 0xff);
        }
        return true;
    }

    @Override
    public int read(boolean hostAcks, long now) {
        int previous = memory.get(2);
        int control = memory.get(0);
        int channel = control & 3;
        memory.set(2, convert(control >> 4 & 3, channel));
        if ((control & 4) != 0) {
            memory.set(0, control & ~3 | (channel + 1) % channels(control >> 4 & 3));
        }
        return previous;
    }

    private static int channels(int mode) {
        return switch (mode) {
            case 0 -> 4;
            case 1, 2 -> 3;
            default -> 2;
        };
    }

    private int convert(int mode, int channel) {
        return switch (mode) {
            case 0 -> single(volts[channel]);
            case 1 -> channel < 3 ? differential(volts[channel], volts[3]) : 0;
            case 2 -> channel < 2 ? single(volts[channel]) : channel == 2 ? differential(volts[2], volts[3]) : 0;
            default -> channel == 0 ? differential(volts[0], volts[1])
                    : channel == 1 ? differential(volts[2], volts[3]) : 0;
        };
    }

    private int single(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v / vref * 256)));
    }

    private int differential(double plus, double minus) {
        return (int) Math.max(-128, Math.min(127, Math.round((plus - minus) / vref * 256))) & 0xff;
    }

    @Override
    public void stop(long now) {
        controlNext = false;
    }

    @Override
    public void abandon(long now) {
        controlNext = false;
    }

    /** The model the simulator finds through its service file. */
    public static final class Model implements ChipModel {
        @Override
        public String type() {
            return "pcf8591";
        }

        @Override
        public String title() {
            return "PCF8591 8-bit 4-channel A/D and 1-channel D/A converter";
        }

        @Override
        public int[] addresses() {
            return new int[] {0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f};
        }

        @Override
        public int memorySize() {
            return 3;
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Ordered.map("ain0", "0", "ain1", "0", "ain2", "0", "ain3", "0", "vref", "3.3");
        }

        @Override
        public Map<String, String> settingHelp() {
            return Ordered.map("ain0", "voltage on AIN0, V (0 to 5.5)", "ain1", "voltage on AIN1, V",
                    "ain2", "voltage on AIN2, V", "ain3", "voltage on AIN3, V", "vref", "reference voltage, V (1.6 to 5.5)");
        }

        @Override
        public void powerOn(ChipMemory memory) {
            memory.set(0, 0);
            memory.set(1, 0);
            memory.set(2, 0x80);
        }

        @Override
        public SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock) {
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = settings.number("ain" + i, 0, 5.5);
            }
            return new Pcf8591Chip(address, memory, v, settings.number("vref", 1.6, 5.5));
        }
    }
}
