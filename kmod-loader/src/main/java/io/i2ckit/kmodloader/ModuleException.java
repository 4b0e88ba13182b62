// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import io.i2ckit.core.I2cException;

/** A module could not be found, loaded or removed; errno is the kernel's answer, or 0. */
public class ModuleException extends I2cException {
    private final String module;

    public ModuleException(String module, int errno, String detail) {
        super(null, null, NO_ADDRESS, errno, detail);
        this.module = module;
    }

    public String module() {
        return module;
    }
}
