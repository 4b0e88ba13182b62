// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;

/**
 * The shape most sensors share: the first byte of a write transaction is a register pointer,
 * later bytes are data for the register it points at; a read transaction reads from the pointer.
 * What the pointer does next (stay, step, wrap) is the model's.
 */
abstract class PointerChip extends AddressedChip {
    private boolean expectPointer;

    PointerChip(int address, String label, ChipMemory memory) {
        super(address, label, memory);
    }

    @Override
    public final boolean start(int address, boolean read, long now) {
        expectPointer = !read;
        began(read, now);
        return true;
    }

    @Override
    public final boolean write(int value, long now) {
        if (expectPointer) {
            expectPointer = false;
            return pointTo(value, now);
        }
        return writeData(value, now);
    }

    @Override
    public final int read(boolean hostAcks, long now) {
        return readData(now);
    }

    @Override
    public final void stop(long now) {
        expectPointer = false;
        ended(now);
    }

    @Override
    public final void abandon(long now) {
        expectPointer = false;
        ended(now);
    }

    /** A start or repeated start addressed the chip. */
    void began(boolean read, long now) {
    }

    /** The pointer byte. @return whether the chip acknowledges it */
    abstract boolean pointTo(int value, long now);

    /** A data byte after the pointer. @return whether the chip acknowledges it */
    abstract boolean writeData(int value, long now);

    /** The next byte the chip sends. */
    abstract int readData(long now);

    /** The transaction ended, by a stop or by a start to another chip. */
    void ended(long now) {
    }
}
