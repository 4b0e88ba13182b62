// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.util.Map;

/**
 * An MCP23017 16-bit port expander: eleven registers per port, laid out by IOCON.BANK either
 * interleaved A/B (BANK = 0, the power-on layout, 0x00-0x15) or port by port (BANK = 1, A at
 * 0x00-0x0A, B at 0x10-0x1A). Sequential mode (SEQOP = 0) steps the pointer after each byte and
 * rolls over to 0x00 after the last register; byte mode (SEQOP = 1) keeps it, except that with
 * BANK = 0 it toggles within the A/B pair. Writes are stored as bytes arrive.
 *
 * <p>Pins set as inputs (IODIR 1, the power-on state) read the levels the outside drives
 * (setting {@code inputs}), or 1 where nothing drives them and the pull-up (GPPU) is on, else 0;
 * IPOL inverts inputs. Output pins read their latch. Writing GPIO writes OLAT. The interrupt
 * logic (INTF, INTCAP, INTA/INTB) is not modelled: those registers read 0.
 *
 * <p>Memory: cells 0x00-0x15 the registers in BANK = 0 order, 0x16 the pointer.
 */
final class Mcp23017Chip extends PointerChip {
    private static final int IODIR = 0x00;
    private static final int IPOL = 0x02;
    private static final int IOCON = 0x0a;
    private static final int GPPU = 0x0c;
    private static final int INTF = 0x0e;
    private static final int INTCAP = 0x10;
    private static final int GPIO = 0x12;
    private static final int OLAT = 0x14;
    private static final int POINTER = 0x16;
    private static final int BANK = 0x80;
    private static final int SEQOP = 0x20;

    private final int driven;
    private final int levels;

    /** {@code driven}: the pins something outside drives (16 bits, B high); {@code levels}: to what. */
    Mcp23017Chip(int address, ChipMemory memory, int driven, int levels) {
        super(address, "MCP23017 16-bit I/O expander", memory);
        this.driven = driven;
        this.levels = levels;
    }

    private boolean bank1() {
        return (memory.get(IOCON) & BANK) != 0;
    }

    /** The BANK = 0 index of the register at {@code pointer} in the current layout, or -1. */
    private int cell(int pointer) {
        if (!bank1()) {
            return pointer <= 0x15 ? pointer : -1;
        }
        int port = pointer >> 4;
        int index = pointer & 0x0f;
        return port <= 1 && index <= 0x0a ? index * 2 + port : -1;
    }

    @Override
    boolean pointTo(int value, long now) {
        memory.set(POINTER, value & 0xff);
        return true;
    }

    @Override
    boolean writeData(int value, long now) {
        int cell = cell(memory.get(POINTER));
        if (cell >= 0) {
            store(cell, value);
        }
        step();
        return true;
    }

    @Override
    int readData(long now) {
        int cell = cell(memory.get(POINTER));
        int value = cell < 0 ? 0 : load(cell);
        step();
        return value;
    }

    private void store(int cell, int value) {
        int base = cell & ~1;
        int port = cell & 1;
        if (base == IOCON) {
            memory.set(IOCON, value & 0xfe); // one register at both addresses; bit 0 unimplemented
            memory.set(IOCON + 1, value & 0xfe);
        } else if (base == GPIO) {
            memory.set(OLAT + port, value);
        } else if (base != INTF && base != INTCAP) {
            memory.set(cell, value);
        }
    }

    private int load(int cell) {
        int base = cell & ~1;
        int port = cell & 1;
        if (base == GPIO) {
            return pins(port);
        }
        if (base == INTF || base == INTCAP) {
            return 0;
        }
        return memory.get(cell);
    }

    private int pins(int port) {
        int shift = 8 * port;
        int inputs = memory.get(IODIR + port);
        int drivenHere = driven >> shift & 0xff;
        int outside = levels >> shift & drivenHere | memory.get(GPPU + port) & ~drivenHere;
        int read = (outside ^ memory.get(IPOL + port)) & inputs;
        return (read | memory.get(OLAT + port) & ~inputs) & 0xff;
    }

    private void step() {
        int p = memory.get(POINTER);
        boolean sequential = (memory.get(IOCON) & SEQOP) == 0;
        int next;
        if (bank1()) {
            next = !sequential ? p : (p & 0x0f) == 0x0a ? (p == 0x1a ? 0x00 : 0x10) : p + 1;
        } else {
            next = !sequential ? p ^ 1 : p >= 0x15 ? 0x00 : p + 1;
        }
        memory.set(POINTER, next & 0xff);
    }

    /** The model the simulator finds through its service file. */
    public static final class Model implements ChipModel {
        @Override
        public String type() {
            return "mcp23017";
        }

        @Override
        public String title() {
            return "MCP23017 16-bit I/O expander (both register banks)";
        }

        @Override
        public int[] addresses() {
            return new int[] {0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27};
        }

        @Override
        public int memorySize() {
            return 0x17;
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Ordered.map("driven", "0x0000", "inputs", "0x0000");
        }

        @Override
        public Map<String, String> settingHelp() {
            return Ordered.map("driven", "pins something outside drives, 16-bit mask with port B high (0x0000: none)",
                    "inputs", "the levels it drives them to, same bit order");
        }

        @Override
        public void powerOn(ChipMemory memory) {
            for (int i = 0; i < 0x17; i++) {
                memory.set(i, i <= 1 ? 0xff : 0); // IODIR all inputs, everything else 0
            }
        }

        @Override
        public SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock) {
            return new Mcp23017Chip(address, memory, settings.mask("driven", 16), settings.mask("inputs", 16));
        }
    }
}
