// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.Session;
import io.i2ckit.kmodloader.ModuleRequest;
import io.i2ckit.kmodloader.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "What loading a module takes, in order, with its options: the lines of "
                + "'modprobe --show-depends' (insmod FILE OPTIONS, builtin NAME, install COMMAND).")
final class ModulesPlanCommand implements Runnable {
    private Session session;

    @Mixin
    TreeOptions tree;

    @Parameters(index = "0", paramLabel = "NAME", description = "A module name or alias.")
    String name;

    @Parameters(index = "1..*", paramLabel = "PARAM[=VALUE]",
            description = "Parameters, every word after the name as modprobe takes them (a flag, or PARAM=VALUE).")
    List<String> params = new ArrayList<>();

    ModulesPlanCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        List<String> words = new ArrayList<>(List.of(name));
        words.addAll(params);
        ModuleRequest request = ModuleRequest.parse(words);
        for (Step s : tree.loader(session).plan(request)) {
            session.out().println(s.showDepends());
        }
    }
}
