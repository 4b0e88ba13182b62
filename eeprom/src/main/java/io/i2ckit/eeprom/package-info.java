// SPDX-License-Identifier: Apache-2.0
/**
 * 24Cxx serial EEPROM driver (T24C04A first): chip catalog, reads over the fastest path the
 * adapter allows, page writes with ACK polling, verify, backup and restore. Not written yet:
 * see the project's EEPROM issue.
 */
package io.i2ckit.eeprom;
