// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "modules", mixinStandardHelpOptions = true,
        description = {"Load, inspect and remove the kernel modules the I2C stack needs, resolved as kmod's modprobe "
                + "resolves them (modules.dep, aliases, builtins, softdeps, modprobe.d, the kernel command line).",
                "modprobe.d install and remove commands are shown, and run only with --run-commands."},
        subcommands = {ModulesEnsureCommand.class, ModulesPlanCommand.class, ModulesInsertCommand.class,
                ModulesRemoveCommand.class, ModulesListCommand.class, ModulesShowCommand.class})
public final class ModulesCommand extends CommandGroup {
}
