// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Messages that say exactly what is so, in the words a person would use. */
class PlainWordsTest {
    @TempDir
    Path dir;

    private CliHarness cli() {
        return new CliHarness(dir).withEnv(java.util.Map.of("I2CKIT_BACKUP_DIR", dir.resolve("b").toString()));
    }

    @Test
    void aRangeIsGivenInTheBaseTheNumberWasTypedIn() {
        CliHarness.Result decimal = cli().run("eeprom", "read", "--bus", "sim", "--offset", "500", "--length", "32");
        assertEquals("Error: --length 32 out of range (1-12)\n", decimal.err());
        CliHarness.Result hex = cli().run("eeprom", "read", "--bus", "sim", "--offset", "500", "--length", "0x20");
        assertEquals("Error: --length 0x20 out of range (0x1-0xc)\n", hex.err());
    }

    @Test
    void oneByteIsOneByte() throws Exception {
        Path one = dir.resolve("one.hex");
        Files.writeString(one, ":0100000041BE\n:00000001FF\n");
        CliHarness.Result w = cli().run("eeprom", "write", "--bus", "sim", one.toString());
        assertEquals(0, w.code(), w.toString());
        assertTrue(w.out().contains("Wrote " + one + ": 1 byte changed in 1 page write"), w.out());
        CliHarness.Result again = cli().run("eeprom", "diff", "--bus", "sim", one.toString());
        assertTrue(again.out().endsWith("No differences (1 byte compared)\n"), again.out());
        CliHarness.Result read = cli().run("eeprom", "read", "--bus", "sim", "--length", "1", "-o",
                dir.resolve("r.bin").toString());
        assertEquals("Read 1 byte from 0x50 on sim into " + dir.resolve("r.bin") + " (raw)\n", read.out());
    }

    @Test
    void helpFollowsEveryWordToTheCommandNamed() {
        CliHarness.Result r = cli().run("help", "fan", "program");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Usage: i2ckit fan program "), r.out());
        assertEquals(cli().run("fan", "program", "--help").out(), r.out());
        CliHarness.Result bad = cli().run("help", "fan", "progam");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("Error: unknown command 'progam'; did you mean 'program'?"), bad.err());
    }

    @Test
    void aReadingCommandDoesNotOfferToWrite() {
        String help = cli().run("fan", "read", "--help").out();
        assertTrue(help.contains("--force"), help);
        assertFalse(help.matches("(?s).*--force\\s+Write.*"), help);
    }

    @Test
    void anotherBoardsPinNameSaysWhoseItIs() {
        CliHarness.Result tool = cli().run("detect", "-y", "P9_19");
        assertEquals(1, tool.code());
        assertTrue(tool.err().startsWith("Error: I2C bus name doesn't match any bus present!\n"
                + "Hint: P9_19 is a header pin of the BeagleBone Black / Green (its bus i2c2), and this machine is"
                + " no board i2ckit knows; 'i2ckit board' shows the buses it has\n"), tool.err());
        CliHarness.Result eeprom = cli().run("eeprom", "read", "--bus", "P9_19");
        assertEquals(2, eeprom.code());
        assertTrue(eeprom.err().startsWith("Error: no I2C bus is called 'P9_19' here: P9_19 is a header pin of the"
                + " BeagleBone Black / Green"), eeprom.err());
    }
}
