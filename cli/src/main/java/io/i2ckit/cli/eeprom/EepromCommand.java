// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "eeprom", mixinStandardHelpOptions = true,
        description = {"Read, write, verify, diff, erase and restore 24Cxx serial EEPROMs (the fan's T24C04A by default).",
                "Every write saves the current contents first (restore brings them back), never crosses a page, "
                        + "polls the part through its write cycle, and reads back what it wrote."},
        subcommands = {EepromInfoCommand.class, EepromReadCommand.class, EepromWriteCommand.class,
                EepromVerifyCommand.class, EepromDiffCommand.class, EepromEraseCommand.class,
                EepromRestoreCommand.class, EepromBenchCommand.class})
public final class EepromCommand extends CommandGroup {
}
