// SPDX-License-Identifier: Apache-2.0
/**
 * Board profiles: which /dev/i2c-N is which header pin, resolved from sysfs by controller, which
 * addresses must not be written, which modules the buses need, how to wire the fan.
 */
package io.i2ckit.boardprofiles;
