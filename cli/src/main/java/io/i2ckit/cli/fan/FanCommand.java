// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "fan", mixinStandardHelpOptions = true,
        description = {"Put messages on a programmable-message POV fan (7 LEDs, text in a 512-byte T24C04A EEPROM) "
                + "and see them first.",
                "program backs the EEPROM up, writes only the pages that change and reads the message back; "
                        + "with no dev board and no --bus it programs the simulated fan."},
        subcommands = {FanProgramCommand.class, FanReadCommand.class, FanRestoreCommand.class, FanEncodeCommand.class,
                FanDecodeCommand.class, FanPreviewCommand.class, FanFontCommand.class, FanStudioCommand.class})
public final class FanCommand extends CommandGroup {
}
