// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

/** Loading or removing a module needs CAP_SYS_MODULE, which in practice means root. */
public class NeedsRootException extends ModuleException {
    /**
     * @param name the module as the user named it
     * @param loading true for loading, false for removing
     */
    public NeedsRootException(String name, boolean loading, int errno) {
        super(name, errno, loading
                ? name + " is not loaded and loading it needs root: run with sudo, or sudo modprobe " + name
                : "removing " + name + " needs root: run with sudo, or sudo rmmod " + name);
    }
}
