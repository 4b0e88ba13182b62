// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;

/**
 * A bus that is no Linux adapter, named by one word and found with {@link java.util.ServiceLoader}:
 * the simulator's {@code sim} is one. i2c-core opens Linux buses only; the resolver in
 * board-profiles asks the providers on the class path first.
 */
public interface BusProvider {

    /** The word that names this bus, such as {@code sim}: never a number or a path. */
    String name();

    /** What the bus is, for listings and error messages: "the simulated bus". */
    String description();

    /**
     * Opens the bus as {@code env} places it.
     *
     * @param realTime the caller waits on the wall clock (another library's drivers sleep), so a
     *                 bus that keeps its own time must keep up with real time
     */
    I2cBus open(BusEnvironment env, boolean realTime);
}
