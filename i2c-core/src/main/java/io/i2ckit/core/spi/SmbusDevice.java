// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;

/** The SMBus transactions of one address, built on the bus's {@code I2C_SMBUS} primitive as libi2c does. */
final class SmbusDevice implements I2cDevice {
    private final AbstractI2cBus bus;
    private final int address;
    private final DeviceOptions options;

    SmbusDevice(AbstractI2cBus bus, int address, DeviceOptions options) {
        this.bus = bus;
        this.address = address;
        this.options = options;
    }

    @Override
    public I2cBus bus() {
        return bus;
    }

    @Override
    public int address() {
        return address;
    }

    @Override
    public DeviceOptions options() {
        return options;
    }

    @Override
    public void quick(boolean read) {
        run(read ? SmbusSize.READ : SmbusSize.WRITE, 0, SmbusSize.QUICK, null);
    }

    @Override
    public int receiveByte() {
        return run(SmbusSize.READ, 0, SmbusSize.BYTE, new SmbusData()).byteValue();
    }

    @Override
    public void sendByte(int value) {
        run(SmbusSize.WRITE, checkByte("value", value), SmbusSize.BYTE, null);
    }

    @Override
    public int readByteData(int command) {
        return run(SmbusSize.READ, checkByte("command", command), SmbusSize.BYTE_DATA, new SmbusData()).byteValue();
    }

    @Override
    public void writeByteData(int command, int value) {
        SmbusData data = new SmbusData();
        data.setByte(checkByte("value", value));
        run(SmbusSize.WRITE, checkByte("command", command), SmbusSize.BYTE_DATA, data);
    }

    @Override
    public int readWordData(int command) {
        return run(SmbusSize.READ, checkByte("command", command), SmbusSize.WORD_DATA, new SmbusData()).word();
    }

    @Override
    public void writeWordData(int command, int value) {
        SmbusData data = new SmbusData();
        data.setWord(checkWord(value));
        run(SmbusSize.WRITE, checkByte("command", command), SmbusSize.WORD_DATA, data);
    }

    @Override
    public int processCall(int command, int value) {
        SmbusData data = new SmbusData();
        data.setWord(checkWord(value));
        return run(SmbusSize.WRITE, checkByte("command", command), SmbusSize.PROC_CALL, data).word();
    }

    @Override
    public byte[] readBlockData(int command) {
        return run(SmbusSize.READ, checkByte("command", command), SmbusSize.BLOCK_DATA, new SmbusData()).block();
    }

    @Override
    public void writeBlockData(int command, byte[] data) {
        run(SmbusSize.WRITE, checkByte("command", command), SmbusSize.BLOCK_DATA, block(data, 0));
    }

    @Override
    public byte[] blockProcessCall(int command, byte[] data) {
        return run(SmbusSize.WRITE, checkByte("command", command), SmbusSize.BLOCK_PROC_CALL, block(data, 0))
                .block();
    }

    @Override
    public byte[] readI2cBlockData(int command, int length) {
        if (length < 1 || length > SmbusData.BLOCK_MAX) {
            throw new IllegalArgumentException("I2C block read length " + length + " out of range 1-32");
        }
        SmbusData data = new SmbusData();
        data.setBlockLength(length);
        return run(SmbusSize.READ, checkByte("command", command), SmbusSize.I2C_BLOCK_DATA, data).block();
    }

    @Override
    public void writeI2cBlockData(int command, byte[] data) {
        run(SmbusSize.WRITE, checkByte("command", command), SmbusSize.I2C_BLOCK_DATA, block(data, 1));
    }

    private SmbusData run(int readWrite, int command, SmbusSize size, SmbusData data) {
        bus.smbus(address, options, readWrite, command, size, data);
        return data;
    }

    private static SmbusData block(byte[] bytes, int min) {
        if (bytes.length < min || bytes.length > SmbusData.BLOCK_MAX) {
            throw new IllegalArgumentException("block of " + bytes.length + " bytes out of range " + min + "-32");
        }
        SmbusData data = new SmbusData();
        data.setBlock(bytes);
        return data;
    }

    private static int checkByte(String what, int value) {
        if (value < 0 || value > 0xff) {
            throw new IllegalArgumentException(what + " 0x" + Integer.toHexString(value) + " out of range 0x00-0xff");
        }
        return value;
    }

    private static int checkWord(int value) {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("word 0x" + Integer.toHexString(value) + " out of range 0x0000-0xffff");
        }
        return value;
    }

    @Override
    public String toString() {
        return String.format("0x%02x on %s", address, bus.name());
    }
}
