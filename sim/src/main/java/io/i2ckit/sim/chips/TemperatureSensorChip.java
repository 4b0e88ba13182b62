// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;

/**
 * The LM75 family's register scheme: a pointer (its two low bits) selects one of four registers
 * of one or two bytes, sent most significant byte first. The pointer does not step: reading on
 * sends the same register again, and a write stores a register once all its bytes have arrived.
 * Memory cell 0 keeps the pointer, so it survives between commands as it would on the chip.
 */
abstract class TemperatureSensorChip extends PointerChip {
    static final int TEMPERATURE = 0;
    static final int CONFIGURATION = 1;

    private int index;
    private int pending;

    TemperatureSensorChip(int address, String label, ChipMemory memory) {
        super(address, label, memory);
    }

    /** Bytes in {@code register}: 1 or 2. */
    abstract int width(int register);

    /** The register's value as the chip would send it now. */
    abstract int value(int register);

    /** Stores a value the host wrote; the temperature register ignores writes. */
    abstract void store(int register, int value);

    final int pointer() {
        return memory.get(0) & 3;
    }

    @Override
    void began(boolean read, long now) {
        index = 0;
        pending = 0;
    }

    @Override
    boolean pointTo(int value, long now) {
        memory.set(0, value & 3);
        return true;
    }

    @Override
    boolean writeData(int value, long now) {
        int register = pointer();
        pending = pending << 8 | value;
        if (++index == width(register)) {
            if (register != TEMPERATURE) {
                store(register, pending);
            }
            index = 0;
            pending = 0;
        }
        return true;
    }

    @Override
    int readData(long now) {
        int register = pointer();
        int width = width(register);
        int shift = 8 * (width - 1 - index % width);
        index++;
        return value(register) >> shift & 0xff;
    }

    /** Two's complement {@code steps} of a temperature in {@code bits} bits, clamped to what fits. */
    static int steps(double celsius, double step, int bits) {
        long s = Math.round(celsius / step);
        long max = (1L << (bits - 1)) - 1;
        long clamped = Math.max(-max - 1, Math.min(max, s));
        return (int) (clamped & ((1L << bits) - 1));
    }

    int word(int cell) {
        return memory.get(cell) << 8 | memory.get(cell + 1);
    }

    void setWord(int cell, int value) {
        memory.set(cell, value >> 8 & 0xff);
        memory.set(cell + 1, value & 0xff);
    }
}
