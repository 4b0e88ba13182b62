// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;

/** {@code i2ckit help fan program}: the help of the command the words name, however deep (picocli's goes one level). */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the help of a command: i2ckit help fan program.")
final class HelpCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommands, as typed.")
    List<String> words = List.of();

    private Session session;

    HelpCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        CommandLine at = spec.commandLine().getParent();
        for (String w : words) {
            CommandLine next = at.getSubcommands().get(w);
            if (next == null) {
                throw new CommandLine.ParameterException(at, CommandNames.unknown(w, at.getSubcommands().keySet()));
            }
            at = next;
        }
        session.out().print(at.getUsageMessage());
    }
}
