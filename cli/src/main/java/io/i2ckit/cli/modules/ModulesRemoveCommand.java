// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.Session;
import io.i2ckit.kmodloader.LoadPolicy;
import io.i2ckit.kmodloader.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove modules from the kernel, as rmmod does; a module something still uses is refused, "
                + "never waited for.")
final class ModulesRemoveCommand implements Runnable {
    private Session session;

    @Option(names = {"-n", "--dry-run"}, description = "Show what would be done; change nothing.")
    boolean dryRun;

    @Option(names = "--run-commands", description = "Run a modprobe.d remove command that stands in for the module.")
    boolean runCommands;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Modules to remove, in this order.")
    List<String> names = new ArrayList<>();

    ModulesRemoveCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        LoadPolicy policy = LoadPolicy.defaults().withDryRun(dryRun).withRunCommands(runCommands);
        for (String name : names) {
            Outcome o = Outcomes.allowingCommands(() -> List.of(session.modules().remove(name, policy))).get(0);
            Outcomes.print(session.out(), List.of(o));
        }
    }
}
