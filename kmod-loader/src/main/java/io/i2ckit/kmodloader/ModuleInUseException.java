// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

/** A module cannot be removed while other modules or open files hold it. */
public class ModuleInUseException extends ModuleException {
    public ModuleInUseException(String module, int errno, String detail) {
        super(module, errno, detail);
    }
}
