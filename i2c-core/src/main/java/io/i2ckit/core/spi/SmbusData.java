// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import java.util.Arrays;

/**
 * The {@code union i2c_smbus_data} of the kernel ABI: one byte, one word, or a block whose first
 * byte is its length, all overlaying the same 34 bytes. The word is kept little-endian here (as
 * on every board we target); a big-endian backend swaps it when it copies the union.
 */
public final class SmbusData {
    /** Size of the union: a 32-byte block, its length byte and room for a PEC byte. */
    public static final int UNION_SIZE = 34;
    public static final int BLOCK_MAX = 32;

    private final byte[] union = new byte[UNION_SIZE];

    public int byteValue() {
        return union[0] & 0xff;
    }

    public void setByte(int value) {
        union[0] = (byte) value;
    }

    public int word() {
        return (union[0] & 0xff) | (union[1] & 0xff) << 8;
    }

    public void setWord(int value) {
        union[0] = (byte) value;
        union[1] = (byte) (value >> 8);
    }

    /** The block's payload: the bytes after the length byte. */
    public byte[] block() {
        return Arrays.copyOfRange(union, 1, 1 + Math.min(blockLength(), BLOCK_MAX));
    }

    public int blockLength() {
        return union[0] & 0xff;
    }

    public void setBlock(byte[] data) {
        if (data.length > BLOCK_MAX) {
            throw new IllegalArgumentException("block of " + data.length + " bytes; SMBus allows at most 32");
        }
        Arrays.fill(union, (byte) 0);
        union[0] = (byte) data.length;
        System.arraycopy(data, 0, union, 1, data.length);
    }

    /** Sets only the length byte: how many bytes an I2C block read asks for. */
    public void setBlockLength(int length) {
        union[0] = (byte) length;
    }

    /** The union's bytes, shared with the backend that copies them to and from the kernel. */
    public byte[] raw() {
        return union;
    }
}
