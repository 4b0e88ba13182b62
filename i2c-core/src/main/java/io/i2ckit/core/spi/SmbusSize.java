// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import io.i2ckit.core.Capability;

/**
 * The SMBus transaction types of the {@code I2C_SMBUS} ioctl ({@code size} field), each with the
 * capability it needs in either direction and the name it goes by in messages.
 */
public enum SmbusSize {
    QUICK(0, Capability.SMBUS_QUICK, Capability.SMBUS_QUICK, "quick read", "quick write"),
    BYTE(1, Capability.SMBUS_RECEIVE_BYTE, Capability.SMBUS_SEND_BYTE, "receive byte", "send byte"),
    BYTE_DATA(2, Capability.SMBUS_READ_BYTE, Capability.SMBUS_WRITE_BYTE, "read byte data", "write byte data"),
    WORD_DATA(3, Capability.SMBUS_READ_WORD, Capability.SMBUS_WRITE_WORD, "read word data", "write word data"),
    PROC_CALL(4, Capability.SMBUS_PROCESS_CALL, Capability.SMBUS_PROCESS_CALL, "process call", "process call"),
    BLOCK_DATA(5, Capability.SMBUS_BLOCK_READ, Capability.SMBUS_BLOCK_WRITE, "read block data", "write block data"),
    BLOCK_PROC_CALL(7, Capability.SMBUS_BLOCK_PROCESS_CALL, Capability.SMBUS_BLOCK_PROCESS_CALL,
            "block process call", "block process call"),
    I2C_BLOCK_DATA(8, Capability.I2C_BLOCK_READ, Capability.I2C_BLOCK_WRITE, "read I2C block", "write I2C block");

    /** {@code I2C_SMBUS_READ} in the ioctl's read_write field. */
    public static final int READ = 1;
    /** {@code I2C_SMBUS_WRITE} in the ioctl's read_write field. */
    public static final int WRITE = 0;

    private final int code;
    private final Capability readCapability;
    private final Capability writeCapability;
    private final String readName;
    private final String writeName;

    SmbusSize(int code, Capability readCapability, Capability writeCapability, String readName, String writeName) {
        this.code = code;
        this.readCapability = readCapability;
        this.writeCapability = writeCapability;
        this.readName = readName;
        this.writeName = writeName;
    }

    /** The value of the ioctl's {@code size} field. */
    public int code() {
        return code;
    }

    /**
     * The capability a transaction needs. Process calls go out as writes ({@code read_write}
     * WRITE) but need their own capability either way.
     */
    public Capability capability(int readWrite) {
        return readWrite == READ ? readCapability : writeCapability;
    }

    public String operation(int readWrite) {
        return readWrite == READ ? readName : writeName;
    }
}
