// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

/**
 * modprobe.d gives a module an install or remove command, which the loader never runs unless
 * asked: such commands run anything, as root.
 */
public class CommandNotRunException extends ModuleException {
    private final String command;

    public CommandNotRunException(String module, String kind, String command) {
        super(module, 0, module + " has a modprobe.d " + kind + " command, which runs only when asked: '"
                + command + "'");
        this.command = command;
    }

    public String command() {
        return command;
    }
}
