// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/** A deadline passed: the bus timed out, a chip never left its write cycle, or a lock stayed taken. */
public class I2cTimeoutException extends I2cException {
    public I2cTimeoutException(String operation, String bus, int address, String detail, Throwable cause) {
        super(operation, bus, address, Errno.ETIMEDOUT, detail, cause);
    }
}
