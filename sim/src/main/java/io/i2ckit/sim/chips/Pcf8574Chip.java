// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.util.Map;

/**
 * A PCF8574 8-bit quasi-bidirectional port: no registers, every byte written goes to the port
 * latch, every byte read is the pins. A pin latched 0 is driven low; a pin latched 1 is only
 * pulled up weakly, so it reads whatever the outside does to it (a pressed button pulls it to
 * 0). That is why a pin must be written 1 before it can be used as an input. Power-on latches
 * are all 1. The INT output is not modelled.
 *
 * <p>Memory: 0 the latch.
 */
final class Pcf8574Chip extends AddressedChip {
    private final int pulledLow;

    Pcf8574Chip(int address, ChipMemory memory, int pulledLow) {
        super(address, "PCF8574 8-bit I/O port", memory);
        this.pulledLow = pulledLow;
    }

    /** The output latch. */
    int latch() {
        return memory.get(0);
    }

    @Override
    public boolean start(int address, boolean read, long now) {
        return true;
    }

    @Override
    public boolean write(int value, long now) {
        memory.set(0, value & 0xff);
        return true;
    }

    @Override
    public int read(boolean hostAcks, long now) {
        return latch() & ~pulledLow & 0xff;
    }

    @Override
    public void stop(long now) {
    }

    @Override
    public void abandon(long now) {
    }

    /** The model the simulator finds through its service file. */
    public static final class Model implements ChipModel {
        @Override
        public String type() {
            return "pcf8574";
        }

        @Override
        public String title() {
            return "PCF8574 8-bit quasi-bidirectional I/O port";
        }

        @Override
        public int[] addresses() {
            return new int[] {0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f};
        }

        @Override
        public int memorySize() {
            return 1;
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Map.of("pulled-low", "0x00");
        }

        @Override
        public Map<String, String> settingHelp() {
            return Map.of("pulled-low", "pins the outside pulls to ground (pressed buttons), a bit mask such as 0x01");
        }

        @Override
        public void powerOn(ChipMemory memory) {
            memory.set(0, 0xff);
        }

        @Override
        public SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock) {
            return new Pcf8574Chip(address, memory, settings.mask("pulled-low", 8));
        }
    }
}
