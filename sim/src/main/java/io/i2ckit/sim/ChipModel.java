// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import java.time.Clock;
import java.util.Map;

/**
 * A kind of chip the simulated bus can carry besides its built-in register chip and EEPROM: a
 * temperature sensor, a port expander, a display. Models are found with {@link java.util.ServiceLoader}
 * (the datasheet models in {@code io.i2ckit.sim.chips}), so {@code board.conf} can name
 * them by {@link #type()}.
 *
 * <p>A model keeps everything that must outlive one process in its {@link ChipMemory}, which the
 * simulator maps from a file, as it does an EEPROM's cells: two i2ckit commands see one chip.
 */
public interface ChipModel {

    /** The name in {@code board.conf} and on the command line, such as "lm75". */
    String type();

    /** One line for listings, such as "LM75 temperature sensor (9-bit, 0.5 °C)". */
    String title();

    /** The addresses the part can be strapped to, the first being its usual one. */
    int[] addresses();

    /** Bytes of state kept in the chip's memory file. */
    int memorySize();

    /**
     * The settings that describe the chip's surroundings (the temperature it measures, what pulls
     * its pins), each with its default, in the order they are listed.
     */
    Map<String, String> defaultSettings();

    /** What each setting means, with its unit, for help texts. */
    Map<String, String> settingHelp();

    /** Puts a new memory in the state the datasheet gives for power-on. */
    void powerOn(ChipMemory memory);

    /** The chip at {@code address}, on state kept in {@code memory}. */
    SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock);
}
