// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.spi.BusProvider;

/** The simulated bus {@code sim}, for the resolver: in the folder {@link SimStore#of} names. */
public final class SimBusProvider implements BusProvider {

    @Override
    public String name() {
        return SimStore.BUS_NAME;
    }

    @Override
    public String description() {
        return "the simulated bus";
    }

    @Override
    public I2cBus open(BusEnvironment env, boolean realTime) {
        return SimStore.of(env).open(realTime);
    }
}
