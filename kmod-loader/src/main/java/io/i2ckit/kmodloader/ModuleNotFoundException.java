// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

/** No module, alias, command or builtin of that name for this kernel. */
public class ModuleNotFoundException extends ModuleException {
    /** @param problem what is wrong with the module tree itself, or null */
    public ModuleNotFoundException(String name, String directory, String problem) {
        super(name, 0, "Module " + name + " not found in directory " + directory + ": " + (problem != null ? problem
                : "it is not built for this kernel (check the name with 'modinfo', or install the kernel's modules)"));
    }
}
