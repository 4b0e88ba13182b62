// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import java.util.Arrays;

/**
 * One segment of an {@code I2C_RDWR} transfer: its own address, flags and buffer. Messages after
 * the first begin with a repeated start unless flagged {@link #NO_START}; a STOP ends the transfer.
 * A read message's buffer is filled in place by {@link I2cBus#transfer}.
 */
public final class I2cMessage {
    public static final int READ = 0x0001;
    public static final int TEN_BIT = 0x0010;
    /** The first byte read is a length: read that many more (SMBus block read). */
    public static final int RECV_LEN = 0x0400;
    public static final int NO_READ_ACK = 0x0800;
    public static final int IGNORE_NAK = 0x1000;
    public static final int REVERSE_DIRECTION = 0x2000;
    public static final int NO_START = 0x4000;
    public static final int STOP = 0x8000;

    /** The kernel refuses an I2C_RDWR with more messages ({@code I2C_RDWR_IOCTL_MAX_MSGS}). */
    public static final int MAX_MESSAGES = 42;
    /** The kernel refuses a message longer than this (8192 bytes). */
    public static final int MAX_LENGTH = 8192;
    /** SMBus block length limit ({@code I2C_SMBUS_BLOCK_MAX}). */
    public static final int BLOCK_MAX = 32;

    private static final int KNOWN_FLAGS = READ | TEN_BIT | RECV_LEN | NO_READ_ACK | IGNORE_NAK
            | REVERSE_DIRECTION | NO_START | STOP;

    private final int address;
    private final int flags;
    private final byte[] buffer;

    private I2cMessage(int address, int flags, byte[] buffer) {
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw new IllegalArgumentException(String.format("unknown message flags 0x%04x", flags & ~KNOWN_FLAGS));
        }
        if ((flags & RECV_LEN) != 0 && (flags & READ) == 0) {
            throw new IllegalArgumentException("RECV_LEN is only meaningful on a read message");
        }
        int max = (flags & TEN_BIT) != 0 ? 0x3ff : 0x7f;
        if (address < 0 || address > max) {
            throw new IllegalArgumentException(String.format("address 0x%x out of range 0x00-0x%x", address, max));
        }
        this.address = address;
        this.flags = flags;
        this.buffer = buffer;
    }

    /**
     * A message with any flags: {@code buffer} (copied) is the data to write, or for a read, room
     * of the length to read (its first byte is the RECV_LEN contract for block reads).
     */
    public static I2cMessage of(int address, int flags, byte[] buffer) {
        return new I2cMessage(address, flags, buffer.clone());
    }

    /** A write of {@code data} (copied) to {@code address}. */
    public static I2cMessage write(int address, byte... data) {
        return new I2cMessage(address, 0, data.clone());
    }

    /** A read of {@code length} bytes from {@code address}. */
    public static I2cMessage read(int address, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative read length " + length);
        }
        return new I2cMessage(address, READ, new byte[length]);
    }

    /**
     * An SMBus-style block read: the chip sends a count byte (1 to 32), then that many bytes.
     * The buffer leaves room for the largest block; {@link #data()} returns count and data.
     */
    public static I2cMessage readBlock(int address) {
        byte[] buf = new byte[1 + BLOCK_MAX + 1];
        buf[0] = 1; // bytes the adapter reads besides the data: the count itself (kernel's RECV_LEN contract)
        return new I2cMessage(address, READ | RECV_LEN, buf);
    }

    public int address() {
        return address;
    }

    public int flags() {
        return flags;
    }

    public boolean isRead() {
        return (flags & READ) != 0;
    }

    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    /** The length as sent to the kernel: bytes to write, or buffer room to read into. */
    public int length() {
        return buffer.length;
    }

    /**
     * The live buffer, for bus implementations to send from or fill. Callers read results with
     * {@link #data()}.
     */
    public byte[] buffer() {
        return buffer;
    }

    /**
     * The bytes of this message: what was written, or what was read. For a {@link #RECV_LEN}
     * read, the count byte followed by the block, as the kernel leaves it.
     */
    public byte[] data() {
        if (has(RECV_LEN)) {
            int count = Math.min(buffer[0] & 0xff, buffer.length - 1);
            return Arrays.copyOf(buffer, count + 1);
        }
        return buffer.clone();
    }

    /** In i2ctransfer's notation: {@code w2@0x50}, {@code r16@0x50}, {@code r?@0x50}. */
    @Override
    public String toString() {
        int other = flags & ~(READ | RECV_LEN);
        return (isRead() ? "r" : "w") + (has(RECV_LEN) ? "?" : Integer.toString(buffer.length))
                + String.format("@0x%02x", address) + (other == 0 ? "" : String.format(" flags=0x%04x", other));
    }
}
