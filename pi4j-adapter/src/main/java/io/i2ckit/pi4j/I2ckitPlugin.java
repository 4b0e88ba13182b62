// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.pi4j;

import com.pi4j.extension.Plugin;
import com.pi4j.extension.PluginService;

/** Registers {@link I2ckitI2cProvider} with contexts that load plugins ({@code Pi4J.newAutoContext()}). */
public class I2ckitPlugin implements Plugin {
    @Override
    public void initialize(PluginService service) {
        service.register(new I2ckitI2cProvider());
    }
}
