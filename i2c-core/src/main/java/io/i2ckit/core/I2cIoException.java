// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/** Any other failure the kernel reported (EIO, EAGAIN after arbitration loss, EPROTO, ...). */
public class I2cIoException extends I2cException {
    public I2cIoException(String operation, String bus, int address, int errno) {
        super(operation, bus, address, errno, Errno.text(errno) + " (errno " + errno + ")" + hint(errno));
    }

    /** What to check: an I/O error on I2C is almost always the wires or another master. */
    private static String hint(int errno) {
        return errno == Errno.EIO ? ": check the wiring (SDA, SCL, ground), the pull-up resistors, a lower bus speed,"
                + " and that no other master drives the bus" : "";
    }

    public I2cIoException(String operation, String bus, int address, int errno, String detail) {
        super(operation, bus, address, errno, detail);
    }
}
