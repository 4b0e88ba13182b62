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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "i2ckit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Talk to I2C hardware from the shell: scan, dump and program chips, on a real bus "
                + "(/dev/i2c-N) or on the simulated one ('sim').",
        footer = {"", "detect, dump, get, set, transfer and the drop-ins (i2cget...) speak the i2c-tools release "
                + "installed here (4.3 on Debian 12, 4.4 on Debian 13; without dpkg, what i2cdetect -V says; else 4.4); "
                + "I2CKIT_I2C_TOOLS=4.3 or 4.4 chooses one."})
public final class I2ckitCommand extends CommandGroup {
    /**
     * The subcommands, in the order help lists them. {@link Main} adds them, all of them or only
     * the one a command line runs: building a command from its annotations is most of start-up.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private Session session;

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("fan", FanCommand.class);
        m.put("demo", DemoCommand.class);
        m.put("detect", ToolCommands.Detect.class);
        m.put("dump", ToolCommands.Dump.class);
        m.put("get", ToolCommands.Get.class);
        m.put("set", ToolCommands.Set.class);
        m.put("transfer", ToolCommands.Transfer.class);
        m.put("scan", ScanCommand.class);
        m.put("batch", BatchCommand.class);
        m.put("eeprom", EepromCommand.class);
        m.put("board", BoardCommand.class);
        m.put("modules", ModulesCommand.class);
        m.put("sim", SimCommand.class);
        m.put("shell", ShellCommand.class);
        m.put("engine", io.i2ckit.cli.engine.EngineCommand.class);
        m.put("help", HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

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
