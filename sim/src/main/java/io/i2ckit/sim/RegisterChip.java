// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

/**
 * A chip of 256 byte registers behind an auto-incrementing pointer, the model most sensors and
 * the kernel's i2c-stub follow: the first byte of a write sets the pointer, later bytes are
 * stored at it; reads return the register at the pointer. The pointer wraps from 0xff to 0.
 * Words are two consecutive registers, low byte first, as SMBus sends them.
 */
public final class RegisterChip implements SimChip {
    public static final int REGISTERS = 256;

    private final int address;
    private final ChipMemory registers;
    private final String label;
    private boolean expectPointer;
    private int pointer;

    public RegisterChip(int address, ChipMemory registers, String label) {
        if (registers.size() != REGISTERS) {
            throw new IllegalArgumentException("a register chip has 256 registers, not " + registers.size());
        }
        this.address = address;
        this.registers = registers;
        this.label = label;
    }

    @Override
    public int[] addresses() {
        return new int[] {address};
    }

    @Override
    public String describe() {
        return label + " register chip, 256 registers";
    }

    @Override
    public boolean start(int address, boolean read, long now) {
        expectPointer = !read;
        return true;
    }

    @Override
    public boolean write(int value, long now) {
        if (expectPointer) {
            pointer = value & 0xff;
            expectPointer = false;
        } else {
            registers.set(pointer, value & 0xff);
            pointer = (pointer + 1) & 0xff;
        }
        return true;
    }

    @Override
    public int read(boolean hostAcks, long now) {
        int value = registers.get(pointer);
        pointer = (pointer + 1) & 0xff;
        return value;
    }

    @Override
    public void stop(long now) {
        expectPointer = false;
    }

    @Override
    public void abandon(long now) {
        expectPointer = false;
    }

    public ChipMemory registers() {
        return registers;
    }

    public String label() {
        return label;
    }

    public int pointer() {
        return pointer;
    }

    public void setPointer(int value) {
        pointer = value & 0xff;
    }
}
