// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/** Any other failure the kernel reported (EIO, EAGAIN after arbitration loss, EPROTO, ...). */
public class I2cIoException extends I2cException {
    public I2cIoException(String operation, String bus, int address, int errno) {
        super(operation, bus, address, errno, Errno.text(errno) + " (errno " + errno + ")");
    }

    public I2cIoException(String operation, String bus, int address, int errno, String detail) {
        super(operation, bus, address, errno, detail);
    }
}
