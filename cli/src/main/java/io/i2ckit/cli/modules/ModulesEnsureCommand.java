// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.Session;
import io.i2ckit.kmodloader.LoadPolicy;
import io.i2ckit.kmodloader.ModuleRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "ensure", mixinStandardHelpOptions = true,
        description = {"Make sure modules are in the kernel, with what they depend on, loading what is missing "
                + "(as modprobe does; modules already loaded or built in are left alone).",
                "Without names: this board's modules (see 'i2ckit board')."})
final class ModulesEnsureCommand implements Runnable {
    private Session session;

    @Mixin
    TreeOptions tree;

    @Option(names = {"-n", "--dry-run"}, description = "Show what would be done; change nothing.")
    boolean dryRun;

    @Option(names = "--run-commands",
            description = "Run modprobe.d install commands that stand in for a module (they run anything, as root).")
    boolean runCommands;

    @Option(names = {"-a", "--all"}, description = "Every word is a module to load (as modprobe -a), none with parameters.")
    boolean all;

    @Parameters(paramLabel = "NAME [PARAM[=VALUE] ...]",
            description = "A module or alias, and as with modprobe every later word is its parameter (a flag, or "
                    + "PARAM=VALUE; quote a value with spaces: 'goodbye=I am done'). With -a: several modules.")
    List<String> words = new ArrayList<>();

    ModulesEnsureCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        List<ModuleRequest> requests = words.isEmpty()
                ? session.board().profile().modules().stream().map(ModuleRequest::of).toList()
                : all ? ModuleRequest.all(words) : List.of(ModuleRequest.parse(words));
        LoadPolicy policy = LoadPolicy.defaults().withDryRun(dryRun).withRunCommands(runCommands);
        Outcomes.print(session.out(), Outcomes.allowingCommands(() -> tree.loader(session).ensureLoaded(requests, policy)));
    }
}
