// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import com.diozero.devices.BMx280;
import io.i2ckit.diozero.I2ckitDeviceFactory;

/**
 * diozero's own BMx280 driver, unchanged, on an i2ckit bus: i2ckit's device factory is on the
 * class path, and diozero's controller 1 is mapped to the chosen bus (the simulated one unless
 * {@code --bus}). On the simulated bus a BME280 is put at 0x76; diozero's compensation turns its
 * raw readings back into the weather it was set to ({@code i2ckit sim chip set 0x76 temperature=30}).
 *
 * <pre>examples/run DiozeroWeather [--bus BUS]</pre>
 */
public final class DiozeroWeather {
    private DiozeroWeather() {
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            ExampleArgs a = ExampleArgs.parse(args);
            a.simulatedChip(0x76, "bme280");
            System.setProperty(I2ckitDeviceFactory.BUSES_PROPERTY, "1=" + a.bus); // before diozero starts
            try (BMx280 sensor = BMx280.I2CBuilder.builder(1).setAddress(0x76).build()) {
                float[] v = sensor.getValues();
                System.out.printf("BME280 at 0x76 on %s, through diozero: %.2f °C, %.2f hPa, %.2f %% RH%n", a.bus,
                        v[0], v[1], v[2]);
            }
        });
    }
}
