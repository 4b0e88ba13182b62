// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.Session;
import io.i2ckit.kmodloader.ModuleRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "insert", mixinStandardHelpOptions = true,
        description = "Insert one module file with its parameters, as insmod does: nothing it depends on is loaded "
                + "(use 'ensure' for that). .ko.xz and .ko.gz files are unpacked when the kernel cannot.")
final class ModulesInsertCommand implements Runnable {
    private Session session;

    @Parameters(index = "0", paramLabel = "FILE.ko", description = "The module file.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "PARAM=VALUE",
            description = "Parameters, such as repeat=5 'goodbye=I am done'.")
    List<String> params = new ArrayList<>();

    ModulesInsertCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        for (String p : params) {
            if (p.indexOf('=') <= 0 && !p.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("'" + p + "' is no parameter: write PARAM=VALUE, as in repeat=5");
            }
        }
        Outcomes.print(session.out(), List.of(session.modules().insert(file, ModuleRequest.joinParameters(params))));
    }
}
