// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.Session;
import io.i2ckit.kmodloader.Modinfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "A module's information as modinfo shows it (description, license, parameters, aliases, "
                + "depends, vermagic, signature), read from the file's .modinfo section.")
final class ModulesShowCommand implements Runnable {
    private Session session;

    @Mixin
    TreeOptions tree;

    @Option(names = {"-F", "--field"}, paramLabel = "FIELD", description = "Only the values of FIELD, one a line.")
    String field;

    @Parameters(paramLabel = "NAME|FILE", arity = "1..*", description = "Module names, aliases or .ko files.")
    List<String> modules;

    ModulesShowCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        PrintWriter out = session.out();
        for (String m : modules) {
            for (List<Modinfo.Field> report : tree.loader(session).describe(m)) {
                for (Modinfo.Field f : report) {
                    if (field == null) {
                        out.printf("%-16s%s%n", f.key() + ":", f.value());
                    } else if (f.key().equals(field)) {
                        out.println(f.alone());
                    }
                }
            }
        }
    }
}
