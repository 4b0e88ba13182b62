// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.kernel;

import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cException;

/** Run as an unprivileged user by the kernel test: opens the bus and prints what happened. */
public final class PermissionProbe {
    private PermissionProbe() {
    }

    public static void main(String[] args) {
        try (I2cBus bus = I2cBuses.open(args[0])) {
            System.out.println("opened " + bus.name());
        } catch (I2cException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
