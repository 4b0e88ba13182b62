// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import io.i2ckit.pi4j.I2ckitI2cProvider;

import java.util.Map;

/**
 * A Pi4J program on an i2ckit bus: the context gets i2ckit's I2C provider, with Pi4J's bus 1
 * mapped to the chosen bus (the simulated one unless {@code --bus}), so it runs on a BeagleBone
 * as on a Pi. It reads a TMP102 with one register read, a repeated start between pointer and data.
 *
 * <pre>examples/run Pi4jThermometer [--bus BUS] [ADDRESS]</pre>
 */
public final class Pi4jThermometer {
    private Pi4jThermometer() {
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            ExampleArgs a = ExampleArgs.parse(args);
            int address = a.rest.isEmpty() ? 0x49 : Integer.decode(a.rest.get(0));
            a.simulatedChip(address, "tmp102", "temperature", "21.5");
            Context pi4j = Pi4J.newContextBuilder().add(new I2ckitI2cProvider(Map.of(1, a.bus))).build();
            try {
                I2C sensor = pi4j.i2c().create(1, address);
                byte[] raw = new byte[2];
                sensor.readRegister(0x00, raw, 0, 2);
                double celsius = ((short) ((raw[0] & 0xff) << 8 | raw[1] & 0xff) >> 4) * 0.0625;
                System.out.printf("TMP102 at 0x%02x on %s, through Pi4J: %.4f °C%n", address, a.bus, celsius);
                sensor.close();
            } finally {
                pi4j.shutdown();
            }
        });
    }
}
