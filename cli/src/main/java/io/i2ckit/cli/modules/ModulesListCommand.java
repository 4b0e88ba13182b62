// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Session;
import io.i2ckit.kmodloader.KernelModules;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "The modules in the kernel, as lsmod shows them: name, size, use count, the modules using it.")
final class ModulesListCommand implements Runnable {
    private Session session;

    ModulesListCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        if (!session.modules().kernel().takesModules()) {
            throw CliException.device("no /proc/modules: this kernel was built without module support, "
                    + "or /proc is not mounted");
        }
        PrintWriter out = session.out();
        out.println("Module                  Size  Used by");
        for (KernelModules.Loaded m : session.modules().kernel().list()) {
            out.printf("%-19s %8d  %d%s%n", m.name(), m.size(), m.references(),
                    m.usedBy().isEmpty() ? "" : " " + String.join(",", m.usedBy()));
        }
    }
}
