// SPDX-License-Identifier: Apache-2.0
/**
 * Loads the kernel modules the I2C stack needs (i2c-dev, the board's bus driver, at24) in Java:
 * kmod's resolution rules over the text indexes of {@code /lib/modules/RELEASE} and modprobe.d
 * ({@link io.i2ckit.kmodloader.Resolver}), then finit_module or init_module through the
 * toolkit's libc binding ({@link io.i2ckit.kmodloader.ModuleLoader}); module information from
 * the {@code .modinfo} section and the appended signature ({@link io.i2ckit.kmodloader.Modinfo}).
 */
package io.i2ckit.kmodloader;
