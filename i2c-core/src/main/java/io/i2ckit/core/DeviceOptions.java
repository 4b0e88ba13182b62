// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * How a device handle addresses its chip.
 *
 * @param force select the address even when a kernel driver owns it ({@code I2C_SLAVE_FORCE}),
 *              as i2c-tools' {@code -f}; dangerous, since the driver may be mid-transaction
 * @param pec append and check an SMBus packet error code on every SMBus transaction
 * @param tenBit the address is a 10-bit address
 */
public record DeviceOptions(boolean force, boolean pec, boolean tenBit) {
    public static final DeviceOptions DEFAULT = new DeviceOptions(false, false, false);

    public DeviceOptions withForce(boolean value) {
        return new DeviceOptions(value, pec, tenBit);
    }

    public DeviceOptions withPec(boolean value) {
        return new DeviceOptions(force, value, tenBit);
    }

    public DeviceOptions withTenBit(boolean value) {
        return new DeviceOptions(force, pec, value);
    }
}
