// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/** The device node exists but this user may not open it. The message names the fixes. */
public class PermissionException extends I2cException {
    public PermissionException(String operation, String bus, int errno) {
        super(operation, bus, NO_ADDRESS, errno, Errno.text(errno)
                + ": run as root, or join the 'i2c' group (sudo usermod -aG i2c $USER, then log in again)"
                + " with a udev rule giving it the device: SUBSYSTEM==\"i2c-dev\", GROUP=\"i2c\", MODE=\"0660\"");
    }
}
