// SPDX-License-Identifier: Apache-2.0
/**
 * Loads the kernel modules the I2C stack needs (i2c-dev, the board's bus driver, at24) with
 * kmod's resolution rules and finit_module through the toolkit's libc binding. Not written yet:
 * see the project's kmod-loader issue.
 */
package io.i2ckit.kmodloader;
