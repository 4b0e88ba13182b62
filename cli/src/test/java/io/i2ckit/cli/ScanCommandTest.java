// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanCommandTest {
    @TempDir
    Path dir;

    @Test
    void namesTheLikelyChipsAtEachAnsweringAddress() {
        CliHarness cli = new CliHarness(dir);
        cli.run("sim", "chip", "add", "0x76", "bme280");
        CliHarness.Result r = cli.run("scan", "sim");
        assertEquals(0, r.code(), r.toString());
        String[] lines = r.out().split("\n");
        assertEquals("Bus sim (i2ckit simulated adapter): 4 addresses answer at 0x08-0x77", lines[0]);
        assertTrue(lines[1].startsWith("  0x48  ADS1115/ADS1015 ADC; TMP102 temperature sensor; LM75/TMP75"), lines[1]);
        assertTrue(lines[2].startsWith("  0x50  24Cxx EEPROM"), lines[2]);
        assertTrue(lines[4].startsWith("  0x76  BME280/BMP280 environmental sensor; BME680 gas sensor"), lines[4]);
        assertTrue(lines[4].endsWith("[simulated: BME280 humidity, pressure and temperature sensor]"), lines[4]);
    }

    @Test
    void anAddressAKernelDriverOwnsIsListedWithTheDriverAndNotProbed() {
        CliHarness cli = new CliHarness(dir);
        cli.run("sim", "driver", "0x50", "at24");
        long before = new io.i2ckit.sim.SimStore(cli.simDir()).totals().transactions();
        CliHarness.Result r = cli.run("scan", "sim");
        assertEquals("Bus sim (i2ckit simulated adapter): 3 addresses answer at 0x08-0x77", r.out().lines().findFirst().get());
        assertEquals(0x77 - 0x08, new io.i2ckit.sim.SimStore(cli.simDir()).totals().transactions() - before,
                "every address probed once but 0x50");
        assertTrue(r.out().contains("  0x50  UU, owned by kernel driver at24: 24Cxx EEPROM"), r.out());
        assertTrue(r.out().contains("  0x51  PCF8563"), r.out());
    }

    @Test
    void withoutABusOffADevBoardItScansTheSimulatorAndSaysSo() {
        CliHarness.Result r = new CliHarness(dir).run("scan");
        assertTrue(r.out().startsWith("No dev board here and no BUS: scanning the simulated bus (kept in "), r.out());
    }

    @Test
    void anUnknownBusIsOneErrorLine() {
        CliHarness.Result r = new CliHarness(dir).run("scan", "nosuchbus");
        assertTrue(r.code() != 0, r.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("Error: no I2C bus is called 'nosuchbus'"), r.err());
    }
}
