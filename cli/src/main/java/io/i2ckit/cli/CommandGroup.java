// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import picocli.CommandLine;

/** A command that only groups subcommands: run without one, it is a usage error naming them. */
public abstract class CommandGroup implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
