// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/** No such bus: the device node is missing, or no adapter matches the name given. */
public class NoSuchBusException extends I2cException {
    public NoSuchBusException(String operation, String bus, int errno) {
        super(operation, bus, NO_ADDRESS, errno, Errno.text(errno)
                + ": is the i2c-dev module loaded (sudo modprobe i2c-dev)? List the buses with 'i2ckit detect -l'");
    }

    /** A bus that cannot be found by the name given; {@code detail} names it. */
    public NoSuchBusException(String detail) {
        super(null, null, NO_ADDRESS, Errno.ENOENT, detail);
    }
}
