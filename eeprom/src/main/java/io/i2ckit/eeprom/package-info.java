// SPDX-License-Identifier: Apache-2.0
/**
 * 24Cxx serial EEPROMs: the chip catalog ({@link io.i2ckit.core.parts.EepromCatalog}, in i2c-core), the driver
 * ({@link io.i2ckit.eeprom.At24Eeprom}, given a bus device handle and a catalog row), backups
 * and the image file formats (raw, Intel HEX, i2cdump text).
 */
package io.i2ckit.eeprom;
