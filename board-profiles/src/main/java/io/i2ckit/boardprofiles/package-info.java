// SPDX-License-Identifier: Apache-2.0
/**
 * Board profiles: which /dev/i2c-N is which header pin, resolved from sysfs, and which addresses
 * must not be written. Not written yet: see the project's board-profiles issue.
 */
package io.i2ckit.boardprofiles;
