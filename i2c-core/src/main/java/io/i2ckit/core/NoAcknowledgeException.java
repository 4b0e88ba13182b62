// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * Nothing acknowledged: no chip at the address, a chip busy with its internal write cycle, or a
 * wiring fault. The kernel reports it as ENXIO or EREMOTEIO, depending on the adapter driver.
 */
public class NoAcknowledgeException extends I2cException {
    public NoAcknowledgeException(String operation, String bus, int address, int errno) {
        super(operation, bus, address, errno,
                "no acknowledge (" + Errno.text(errno) + "): is a chip at this address, powered and wired?");
    }
}
