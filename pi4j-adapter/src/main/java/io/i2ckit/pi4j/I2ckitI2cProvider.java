// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.pi4j;

import com.pi4j.io.exception.IOException;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.io.i2c.I2CProviderBase;
import io.i2ckit.boardprofiles.PeerBuses;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cException;

import java.util.Map;

/**
 * Pi4J's I2C on i2ckit buses, so a Pi4J program runs on any board with {@code /dev/i2c-N} (Pi4J
 * itself targets the Raspberry Pi) and on i2ckit's simulator. Bus N is {@code /dev/i2c-N}; the
 * property {@value #BUSES_PROPERTY} (or the environment variable {@value #BUSES_ENV}) maps
 * numbers to other buses, such as {@code 1=sim} or {@code 2=P9_19}. Add it to a context with
 * {@code Pi4J.newContextBuilder().add(new I2ckitI2cProvider()).build()}, or let
 * {@link I2ckitPlugin} register it.
 */
public class I2ckitI2cProvider extends I2CProviderBase {
    public static final String ID = "i2ckit-i2c";
    public static final String BUSES_PROPERTY = "i2ckit.pi4j.buses";
    public static final String BUSES_ENV = "I2CKIT_PI4J_BUSES";

    private final PeerBuses buses;

    public I2ckitI2cProvider() {
        this(PeerBuses.parse(System.getProperty(BUSES_PROPERTY, System.getenv(BUSES_ENV)),
                "Pi4J bus mapping " + BUSES_PROPERTY));
    }

    /** A provider whose bus numbers mean the buses of {@code mapping}, such as {@code Map.of(1, "sim")}. */
    public I2ckitI2cProvider(Map<Integer, String> mapping) {
        this(mapping, BusEnvironment.system());
    }

    public I2ckitI2cProvider(Map<Integer, String> mapping, BusEnvironment env) {
        super(ID, "i2ckit I2C provider");
        this.buses = new PeerBuses(mapping, env);
    }

    @Override
    public I2C create(I2CConfig config) {
        int bus = config.bus();
        int address = config.device();
        if (address < 0 || address > 0x7f) {
            throw new IOException(String.format("address 0x%x on I2C bus %d (%s) is outside the 7-bit range 0x00-0x7f",
                    address, bus, buses.nameOf(bus)));
        }
        I2cBus opened;
        try {
            opened = buses.acquire(bus);
        } catch (I2cException e) {
            throw new IOException("I2C bus " + bus + " (" + buses.nameOf(bus) + "): " + e.getMessage());
        }
        try {
            return new I2ckitI2c(this, config, opened);
        } catch (RuntimeException e) {
            buses.release(bus);
            throw e;
        }
    }

    void released(int bus) {
        buses.release(bus);
    }
}
