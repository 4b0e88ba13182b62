// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.eeprom.EepromCommand;
import io.i2ckit.cli.fan.FanCommand;
import io.i2ckit.cli.modules.ModulesCommand;
import io.i2ckit.cli.sim.SimCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

@Command(name = "i2ckit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Talk to I2C hardware from the shell: scan, dump and program chips, on a real bus "
                + "(/dev/i2c-N) or on the simulated one ('sim').",
        subcommands = {FanCommand.class, DemoCommand.class, ToolCommands.Detect.class, ToolCommands.Dump.class, ToolCommands.Get.class,
                ToolCommands.Set.class, ToolCommands.Transfer.class, BatchCommand.class, EepromCommand.class,
                BoardCommand.class, ModulesCommand.class, SimCommand.class, CommandLine.HelpCommand.class})
public final class I2ckitCommand extends CommandGroup {
    private final Session session;

    public I2ckitCommand(Session session) {
        this.session = session;
    }

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace after the error line.")
    void setStacktrace(boolean value) {
        session.setStacktrace(value);
    }

    @Option(names = "--sim-dir", paramLabel = "DIR",
            description = "Folder of the simulated bus 'sim' (default: $I2CKIT_SIM_DIR, else "
                    + "$XDG_STATE_HOME/i2ckit/sim, else ~/.local/state/i2ckit/sim).")
    void setSimDir(Path dir) {
        session.setSimDir(dir);
    }
}
