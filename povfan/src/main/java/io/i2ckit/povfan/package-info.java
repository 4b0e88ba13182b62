// SPDX-License-Identifier: Apache-2.0
/**
 * The POV fan's message format: text to the 7x5-glyph image its EEPROM holds, and back. Not
 * written yet: see the project's fan issue.
 */
package io.i2ckit.povfan;
