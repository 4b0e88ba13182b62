// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * One functionality bit an adapter reports through {@code I2C_FUNCS}, named as i2c-tools names it
 * in {@code i2cdetect -F}. Bit values are those of {@code include/uapi/linux/i2c.h}.
 */
public enum Capability {
    I2C(0x0000_0001L, "I2C"),
    TEN_BIT_ADDRESSING(0x0000_0002L, "10-bit addressing"),
    PROTOCOL_MANGLING(0x0000_0004L, "Protocol mangling"),
    SMBUS_PEC(0x0000_0008L, "SMBus PEC"),
    NO_START(0x0000_0010L, "Repeated start skipping"),
    TARGET_MODE(0x0000_0020L, "Target mode"),
    SMBUS_BLOCK_PROCESS_CALL(0x0000_8000L, "SMBus Block Process Call"),
    SMBUS_QUICK(0x0001_0000L, "SMBus Quick Command"),
    SMBUS_RECEIVE_BYTE(0x0002_0000L, "SMBus Receive Byte"),
    SMBUS_SEND_BYTE(0x0004_0000L, "SMBus Send Byte"),
    SMBUS_READ_BYTE(0x0008_0000L, "SMBus Read Byte"),
    SMBUS_WRITE_BYTE(0x0010_0000L, "SMBus Write Byte"),
    SMBUS_READ_WORD(0x0020_0000L, "SMBus Read Word"),
    SMBUS_WRITE_WORD(0x0040_0000L, "SMBus Write Word"),
    SMBUS_PROCESS_CALL(0x0080_0000L, "SMBus Process Call"),
    SMBUS_BLOCK_READ(0x0100_0000L, "SMBus Block Read"),
    SMBUS_BLOCK_WRITE(0x0200_0000L, "SMBus Block Write"),
    I2C_BLOCK_READ(0x0400_0000L, "I2C Block Read"),
    I2C_BLOCK_WRITE(0x0800_0000L, "I2C Block Write"),
    SMBUS_HOST_NOTIFY(0x1000_0000L, "SMBus Host Notify");

    private final long bit;
    private final String displayName;

    Capability(long bit, String displayName) {
        this.bit = bit;
        this.displayName = displayName;
    }

    /** The bit in the {@code I2C_FUNCS} mask. */
    public long bit() {
        return bit;
    }

    /** The name i2c-tools prints for this capability, such as "I2C Block Read". */
    public String displayName() {
        return displayName;
    }

    /** The capability whose display name or enum name is {@code name}, ignoring case. */
    public static Capability byName(String name) {
        for (Capability c : values()) {
            if (c.displayName.equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown capability '" + name + "'");
    }
}
