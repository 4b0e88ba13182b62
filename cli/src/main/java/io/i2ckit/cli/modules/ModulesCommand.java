// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "modules", mixinStandardHelpOptions = true,
        description = {"Load, inspect and remove the kernel modules the I2C stack needs, resolved as kmod's modprobe "
                + "resolves them (modules.dep, aliases, builtins, softdeps, modprobe.d, the kernel command line).",
                "modprobe.d install and remove commands are shown, and run only with --run-commands."},
        subcommands = {ModulesEnsureCommand.class, ModulesPlanCommand.class, ModulesInsertCommand.class,
                ModulesRemoveCommand.class, ModulesListCommand.class, ModulesShowCommand.class})
public final class ModulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
