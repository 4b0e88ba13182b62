// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimCommandTest {
    @TempDir
    Path dir;

    @Test
    void statusDescribesTheDefaultBoard() {
        CliHarness.Result r = new CliHarness(dir).run("sim", "status");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("chip 0x48      LM75 register chip, 256 registers"), r.out());
        assertTrue(r.out().contains("chip 0x50-0x51 T24C04A EEPROM, 512 bytes, 16-byte pages"), r.out());
        assertTrue(r.out().contains("functionality: full-i2c (I2C, "), r.out());
    }

    @Test
    void chipsCanBeAddedAndRemoved() {
        CliHarness cli = new CliHarness(dir);
        assertEquals("Added 24C02 EEPROM at 0x54\n",
                cli.run("sim", "chip", "add", "0x54", "eeprom", "--size", "256", "--page", "8", "--label", "24C02").out());
        assertTrue(cli.run("detect", "-y", "sim").out().contains("50: 50 51 -- -- 54 --"));
        assertEquals(2, cli.run("sim", "chip", "add", "0x51", "registers").code(), "0x51 belongs to the T24C04A");
        assertEquals(2, cli.run("sim", "chip", "add", "0x55", "eeprom").code(), "a 512-byte part needs an even address");
        assertEquals(0, cli.run("sim", "chip", "remove", "0x54").code());
        assertEquals(2, cli.run("sim", "chip", "remove", "0x54").code());
    }

    @Test
    void anEepromTakesItsShapeFromTheCatalogRowItNames() {
        CliHarness cli = new CliHarness(dir);
        assertEquals(0, cli.run("sim", "chip", "add", "0x54", "eeprom", "--part", "24c256", "--label", "ID").code());
        assertTrue(cli.run("sim", "status").out().contains("chip 0x54      ID EEPROM, 32768 bytes, 64-byte pages, "
                + "2-byte word address, tWR 5.0 ms"), cli.run("sim", "status").out());
        CliHarness.Result unknown = cli.run("sim", "chip", "add", "0x56", "eeprom", "--part", "24c9999");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("Error: unknown EEPROM '24c9999': use one of 24c01, "), unknown.err());
    }

    @Test
    void faultsAreArmedForTheNextCommandOnly() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result armed = cli.run("sim", "fault", "--eio", "1", "--nack", "2:0");
        assertEquals("Armed for the next command:\n  nack transaction=2 byte=0\n  eio transaction=1\n", armed.out());
        assertTrue(cli.run("sim", "status").out().contains("faults armed for the next command"));
        assertEquals(2, cli.run("get", "-y", "sim", "0x48", "0").code());
        assertEquals(0, cli.run("get", "-y", "sim", "0x48", "0").code());
        assertEquals(2, cli.run("sim", "fault").code(), "no fault given");
        assertEquals(2, cli.run("sim", "fault", "--nack", "3").code());
        assertEquals("Armed for the next command:\n  stuck-busy address=0x50 from=4\n",
                cli.run("sim", "fault", "--stuck-busy", "0x50:4").out());
    }

    @Test
    void speedChangesTheBusTime() {
        CliHarness cli = new CliHarness(dir);
        cli.run("sim", "config", "--speed", "400000");
        cli.run("get", "-y", "sim", "0x48", "0");
        assertTrue(cli.run("sim", "status").out().contains("39 bits, 0 NACKs, bus time 0.098 ms"),
                cli.run("sim", "status").out());
        assertEquals(2, cli.run("sim", "config", "--speed", "10").code());
    }

    @Test
    void resetStartsOver() {
        CliHarness cli = new CliHarness(dir);
        cli.run("set", "-y", "sim", "0x48", "0", "7");
        cli.run("sim", "chip", "remove", "0x48");
        assertEquals(0, cli.run("sim", "reset").code());
        assertEquals("0x00\n", cli.run("get", "-y", "sim", "0x48", "0").out());
    }

    @Test
    void demoScansAndDumpsBothHalvesOfTheFanEeprom() {
        CliHarness.Result r = new CliHarness(dir).run("demo");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("$ i2ckit detect -y sim\n     0  1  2"), r.out());
        assertTrue(r.out().contains("$ i2ckit dump -y sim 0x50 i\n"), r.out());
        assertTrue(r.out().contains("$ i2ckit dump -y sim 0x51 i\n"), r.out());
        assertTrue(r.out().contains("f0: ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff    ................"), r.out());
    }
}
