// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.io.IOException;

/** Runs a modprobe.d install or remove command, as modprobe does: through the shell. */
@FunctionalInterface
public interface CommandRunner {
    /**
     * @param module the module the command stands for (modprobe exports it as MODPROBE_MODULE)
     * @param command the command, with $CMDLINE_OPTS already replaced
     * @return the command's exit status
     */
    int run(String module, String command) throws IOException, InterruptedException;

    /** {@code /bin/sh -c COMMAND}, sharing this process's standard streams. */
    static CommandRunner shell() {
        return (module, command) -> {
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).inheritIO();
            pb.environment().put("MODPROBE_MODULE", module);
            return pb.start().waitFor();
        };
    }
}
