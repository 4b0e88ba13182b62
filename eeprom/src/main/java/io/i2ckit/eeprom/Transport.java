// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import io.i2ckit.core.Capability;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.parts.EepromType;


/**
 * One way of moving bytes to and from the part, as at24 has them: plain I2C transfers, SMBus
 * I2C-block transactions, or single bytes. Each call is one attempt; the driver polls and chunks.
 * Calls stay within one block (one device address) and one page for writes.
 */
abstract class Transport {
    protected final EepromType type;
    protected final I2cDevice[] blocks;
    protected long transactions;
    protected long wireBytes;

    Transport(EepromType type, I2cDevice[] blocks) {
        this.type = type;
        this.blocks = blocks;
    }

    /** How reads go, for people: "plain I2C: ...". */
    abstract String describeRead();

    /** How writes go, for people. */
    abstract String describeWrite();

    /** The most bytes one read call moves. */
    abstract int maxRead();

    /** The most bytes one write call moves (no more than a page, the driver sees to that). */
    abstract int maxWrite();

    abstract void read(int offset, byte[] into, int at, int length);

    abstract void write(int offset, byte[] data, int from, int length);

    protected I2cDevice block(int offset) {
        return blocks[offset / type.blockSize()];
    }

    /** The word address of {@code offset} within its block, high byte first. */
    protected byte[] wordAddress(int offset) {
        int inBlock = offset % type.blockSize();
        return type.addressBytes() == 1 ? new byte[] {(byte) inBlock}
                : new byte[] {(byte) (inBlock >> 8), (byte) inBlock};
    }

    protected void count(int transactionCount, int bytes) {
        transactions += transactionCount;
        wireBytes += bytes;
    }

    /** The fastest read path the adapter offers, or null. */
    static Transport reader(Functionality f, EepromType type, I2cDevice[] blocks) {
        if (f.has(Capability.I2C)) {
            return new Plain(type, blocks);
        }
        boolean pointerReads = f.has(Capability.SMBUS_WRITE_BYTE) && f.has(Capability.SMBUS_RECEIVE_BYTE);
        if (type.addressBytes() == 1 && f.has(Capability.I2C_BLOCK_READ)) {
            return new SmbusBlock(type, blocks);
        }
        if (type.addressBytes() == 1 && f.has(Capability.SMBUS_READ_BYTE)) {
            return new SmbusByte(type, blocks);
        }
        return type.addressBytes() == 2 && pointerReads ? new SmbusByte(type, blocks) : null;
    }

    /** The fastest write path the adapter offers, or null. */
    static Transport writer(Functionality f, EepromType type, I2cDevice[] blocks) {
        if (f.has(Capability.I2C)) {
            return new Plain(type, blocks);
        }
        if (f.has(Capability.I2C_BLOCK_WRITE)) {
            return new SmbusBlock(type, blocks);
        }
        boolean canByte = type.addressBytes() == 1 ? f.has(Capability.SMBUS_WRITE_BYTE)
                : f.has(Capability.SMBUS_WRITE_WORD);
        return canByte ? new SmbusByte(type, blocks) : null;
    }

    /** Plain I2C: a sequential read is one combined transfer per block address, a page write one message. */
    static final class Plain extends Transport {
        private final I2cBus bus;

        Plain(EepromType type, I2cDevice[] blocks) {
            super(type, blocks);
            this.bus = blocks[0].bus();
        }

        @Override
        String describeRead() {
            return "plain I2C: sequential reads, one combined transfer (offset, repeated start, data) per block address";
        }

        @Override
        String describeWrite() {
            return "plain I2C: one message per page";
        }

        /** Kept well under the kernel's 8192 so long reads report progress. */
        @Override
        int maxRead() {
            return 4096;
        }

        @Override
        int maxWrite() {
            return I2cMessage.MAX_LENGTH - type.addressBytes();
        }

        /**
         * One combined transfer to one block address: the word address, a repeated start, the
         * data. A read never runs on into the next block address within one transfer, as the
         * kernel's at24 never does: qemu's I2C bus keeps talking to the first chip after a
         * repeated start to another address, and some controllers may too.
         */
        @Override
        void read(int offset, byte[] into, int at, int length) {
            int address = block(offset).address();
            I2cMessage read = I2cMessage.read(address, length);
            count(1, 2 + type.addressBytes() + length);
            bus.transfer(I2cMessage.write(address, wordAddress(offset)), read);
            System.arraycopy(read.buffer(), 0, into, at, length);
        }

        @Override
        void write(int offset, byte[] data, int from, int length) {
            byte[] address = wordAddress(offset);
            byte[] out = new byte[address.length + length];
            System.arraycopy(address, 0, out, 0, address.length);
            System.arraycopy(data, from, out, address.length, length);
            count(1, 1 + out.length);
            bus.transfer(I2cMessage.write(block(offset).address(), out));
        }
    }

    /** SMBus I2C-block transactions: 32 bytes a call; with 2-byte addresses the low byte leads the data. */
    static final class SmbusBlock extends Transport {
        SmbusBlock(EepromType type, I2cDevice[] blocks) {
            super(type, blocks);
        }

        @Override
        String describeRead() {
            return "SMBus I2C-block reads, 32 bytes at a time";
        }

        @Override
        String describeWrite() {
            return "SMBus I2C-block writes, a page (at most 32 bytes) at a time";
        }

        @Override
        int maxRead() {
            return 32;
        }

        @Override
        int maxWrite() {
            return 32 - (type.addressBytes() - 1);
        }

        @Override
        void read(int offset, byte[] into, int at, int length) {
            byte[] data = block(offset).readI2cBlockData(offset % type.blockSize(), length);
            count(1, 3 + length);
            System.arraycopy(data, 0, into, at, length);
        }

        @Override
        void write(int offset, byte[] data, int from, int length) {
            byte[] address = wordAddress(offset);
            byte[] payload = new byte[address.length - 1 + length];
            System.arraycopy(address, 1, payload, 0, address.length - 1);
            System.arraycopy(data, from, payload, address.length - 1, length);
            count(1, 2 + payload.length);
            block(offset).writeI2cBlockData(address[0] & 0xff, payload);
        }
    }

    /**
     * Single bytes, the last resort: SMBus byte data with 1-byte addresses; with 2-byte ones, a
     * word write carries address low byte and data, and reads continue from the address pointer.
     */
    static final class SmbusByte extends Transport {
        SmbusByte(EepromType type, I2cDevice[] blocks) {
            super(type, blocks);
        }

        @Override
        String describeRead() {
            return type.addressBytes() == 1 ? "SMBus byte reads, one byte at a time"
                    : "SMBus: set the address pointer, then receive byte after byte";
        }

        @Override
        String describeWrite() {
            return "SMBus byte writes, one byte at a time";
        }

        @Override
        int maxRead() {
            return type.addressBytes() == 1 ? 1 : 256;
        }

        @Override
        int maxWrite() {
            return 1;
        }

        @Override
        void read(int offset, byte[] into, int at, int length) {
            I2cDevice dev = block(offset);
            if (type.addressBytes() == 1) {
                into[at] = (byte) dev.readByteData(offset % type.blockSize());
                count(1, 4);
                return;
            }
            byte[] address = wordAddress(offset);
            dev.writeByteData(address[0] & 0xff, address[1] & 0xff); // sets the pointer, writes nothing
            count(1, 3);
            for (int k = 0; k < length; k++) {
                into[at + k] = (byte) dev.receiveByte();
                count(1, 2);
            }
        }

        @Override
        void write(int offset, byte[] data, int from, int length) {
            I2cDevice dev = block(offset);
            byte[] address = wordAddress(offset);
            if (type.addressBytes() == 1) {
                dev.writeByteData(address[0] & 0xff, data[from] & 0xff);
                count(1, 3);
            } else {
                dev.writeWordData(address[0] & 0xff, (address[1] & 0xff) | (data[from] & 0xff) << 8);
                count(1, 4);
            }
        }
    }
}
