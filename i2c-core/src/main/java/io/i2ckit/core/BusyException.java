// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/** The address belongs to a kernel driver ({@code UU} in i2cdetect); selecting it returned EBUSY. */
public class BusyException extends I2cException {
    public BusyException(String operation, String bus, int address) {
        super(operation, bus, address, Errno.EBUSY,
                "the address is in use by a kernel driver (" + Errno.text(Errno.EBUSY)
                        + "): unbind the driver first, or force access if you know it is safe");
    }
}
