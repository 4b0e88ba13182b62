// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.CliHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DumpToolTest {
    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void registersCountUp() {
        cli = new CliHarness(dir);
        SimFixtures.countingRegisters(cli.simDir());
    }

    @Test
    void byteModeShowsHexAndPrintableAscii() {
        CliHarness.Result r = cli.run("dump", "-y", "sim", "0x48", "b");
        assertEquals(0, r.code(), r.toString());
        String[] lines = r.out().split("\n");
        assertEquals(17, lines.length);
        assertEquals("     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef", lines[0]);
        assertEquals("00: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f    .???????????????", lines[1]);
        assertEquals("20: 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f     !\"#$%&'()*+,-./", lines[3]);
        assertEquals("70: 70 71 72 73 74 75 76 77 78 79 7a 7b 7c 7d 7e 7f    pqrstuvwxyz{|}~?", lines[8]);
        assertEquals("f0: f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 fa fb fc fd fe ff    ???????????????.", lines[16]);
    }

    @Test
    void noModeMeansByteDataAndSaysSo() {
        CliHarness.Result r = cli.run("dump", "-y", "sim", "0x48");
        assertEquals("No size specified (using byte-data access)\n", r.err());
        assertEquals(cli.run("dump", "-y", "sim", "0x48", "b").out(), r.out());
    }

    @Test
    void wordModePrintsEightWordsPerRow() {
        CliHarness.Result r = cli.run("dump", "-y", "-r", "0x00-0x0f", "sim", "0x48", "w");
        assertEquals("""
                     0,8  1,9  2,a  3,b  4,c  5,d  6,e  7,f
                00: 0100 0201 0302 0403 0504 0605 0706 0807\s
                08: 0908 0a09 0b0a 0c0b 0d0c 0e0d 0f0e 100f\s
                """, r.out());
    }

    @Test
    void rangeLimitsRowsAndBlanksCellsOutsideIt() {
        CliHarness.Result r = cli.run("dump", "-y", "-r", "0x05-0x16", "sim", "0x48", "c");
        assertEquals("""
                     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef
                00:                05 06 07 08 09 0a 0b 0c 0d 0e 0f         ???????????
                10: 10 11 12 13 14 15 16                               ???????        \s
                """, r.out());
    }

    @Test
    void evenWordModeNeedsAnEvenToOddRange() {
        CliHarness.Result ok = cli.run("dump", "-y", "-r", "0x10-0x1f", "sim", "0x48", "W");
        assertEquals(0, ok.code());
        assertTrue(ok.out().contains("10: 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f    ????????????????"), ok.out());
        CliHarness.Result bad = cli.run("dump", "-y", "-r", "0x11-0x1f", "sim", "0x48", "W");
        assertEquals(1, bad.code());
        assertEquals("Error: Range parameter not compatible with selected mode!\n", bad.err());
    }

    @Test
    void i2cBlockModeReadsTheEepromAsText() {
        SimFixtures.eepromText(cli.simDir(), "HELLO FAN");
        CliHarness.Result r = cli.run("dump", "-y", "-r", "0x00-0x0f", "sim", "0x50", "i");
        assertEquals("""
                     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef
                00: 48 45 4c 4c 4f 20 46 41 4e ff ff ff ff ff ff ff    HELLO FAN.......
                """, r.out());
    }

    @Test
    void absentChipDumpsAsXx() {
        CliHarness.Result r = cli.run("dump", "-y", "-r", "0x00-0x0f", "sim", "0x20", "b");
        assertEquals(0, r.code(), "i2cdump reports unreadable registers, not a failure");
        assertEquals("00: XX XX XX XX XX XX XX XX XX XX XX XX XX XX XX XX    XXXXXXXXXXXXXXXX", r.out().split("\n")[1]);
    }

    @Test
    void blockReadFailureIsAnError() {
        CliHarness.Result r = cli.run("dump", "-y", "sim", "0x20", "i");
        assertEquals(1, r.code());
        assertEquals("Error: Block read failed, return code -6\n", r.err());
    }

    @Test
    void promptNamesFileAddressAndMode() {
        CliHarness.Result r = cli.runWithInput("y\n", "dump", "-r", "0-1", "sim", "0x48", "bp");
        assertEquals("""
                WARNING! This program can confuse your I2C bus, cause data loss and worse!
                I will probe file sim, address 0x48, mode byte
                PEC checking enabled.
                Probe range limited to 0x00-0x01.
                Continue? [Y/n]\s""", r.err());
    }

    @Test
    void driverOwnedAddressNeedsForce() {
        cli.run("sim", "driver", "0x48", "lm75");
        CliHarness.Result r = cli.run("dump", "-y", "sim", "0x48");
        assertEquals(1, r.code());
        assertTrue(r.err().endsWith("Error: Could not set address to 0x48: Device or resource busy\n"), r.err());
        assertEquals(0, cli.run("dump", "-y", "-f", "sim", "0x48").code());
    }

    @Test
    void badArgumentsAreRefusedWithI2cToolsMessages() {
        assertEquals("Error: Invalid mode!", firstErr(cli.run("dump", "-y", "sim", "0x48", "x")));
        assertEquals("Error: No address specified!", firstErr(cli.run("dump", "-y", "sim")));
        assertEquals("Error: Chip address out of range (0x08-0x77)!", firstErr(cli.run("dump", "-y", "sim", "0x78")));
        assertEquals("Error: Chip address is not a number!", firstErr(cli.run("dump", "-y", "sim", "fifty")));
        assertEquals("Error: Invalid range parameter!", firstErr(cli.run("dump", "-y", "-r", "0x10", "sim", "0x48", "b")));
        assertEquals("Error: Invalid bank number!", firstErr(cli.run("dump", "-y", "sim", "0x48", "i", "1")));
        assertEquals("Error: bank out of range!", firstErr(cli.run("dump", "-y", "sim", "0x48", "b", "16")));
    }

    private static String firstErr(CliHarness.Result r) {
        assertEquals(1, r.code(), r.toString());
        return r.err().lines().findFirst().orElse("");
    }
}
