// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import java.nio.file.Path;

/**
 * An I2C adapter the kernel knows, as sysfs shows it.
 *
 * @param number the bus number N of {@code /dev/i2c-N}
 * @param name the adapter's name, such as "OMAP I2C adapter" or "bcm2835 (i2c@7e804000)"
 * @param device the device node, which exists only while i2c-dev is loaded
 * @param sysfsPath the adapter's real sysfs directory, whose parent names the controller
 *                  (such as {@code .../4819c000.i2c/i2c-2}); null when unknown
 */
public record AdapterInfo(int number, String name, Path device, Path sysfsPath) {
    public String busName() {
        return "i2c-" + number;
    }
}
