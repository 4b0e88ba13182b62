// SPDX-License-Identifier: Apache-2.0
/**
 * The POV fan's message format: text to the 7x5-glyph image its EEPROM holds and back
 * ({@link io.i2ckit.povfan.FanEncoder}, {@link io.i2ckit.povfan.FanDecoder}), the font as editable
 * ASCII art ({@link io.i2ckit.povfan.FanFont}), fan profiles as data, previews, and programming
 * a fan through the eeprom driver ({@link io.i2ckit.povfan.PovFan}).
 */
package io.i2ckit.povfan;
