// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.CliHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programs speaking i2c-tools 4.4 (Debian 13's), on the simulated board, each next to what
 * 4.3 does with the same line: the words and exit statuses are those of trixie's programs.
 */
class I2cTools44Test {
    @TempDir
    Path dir;

    private CliHarness v44;
    private CliHarness v43;

    @BeforeEach
    void simulatedBoardWithTextInTheFanEeprom() {
        v44 = new CliHarness(dir).withEnv(Map.of(I2cToolsVersion.VARIABLE, "4.4"));
        v43 = new CliHarness(dir);
        SimFixtures.eepromText(v44.simDir(), "HELLO FAN");
    }

    @Test
    void optionsMayFollowTheArgumentsAndMerge() {
        CliHarness.Result r = v44.run("get", "sim", "0x50", "0x00", "-y");
        assertEquals(0, r.code(), r.toString());
        assertEquals("0x48\n", r.out());
        assertEquals("0x45\n", v44.run("get", "-fy", "sim", "0x50", "0x01").out());
        CliHarness.Result old = v43.run("get", "sim", "0x50", "0x00", "-y");
        assertEquals(1, old.code());
        assertTrue(old.err().startsWith("Error: Invalid mode!\nUsage: i2cget "), old.err());
    }

    @Test
    void helpGoesToStderrAndSucceeds() {
        CliHarness.Result r = v44.run("set", "-h");
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals(Set.USAGE, r.err());
        CliHarness.Result unknown = v44.run("set", "-q", "sim");
        assertEquals(1, unknown.code());
        assertEquals("i2cset: invalid option -- 'q'\n" + Set.USAGE, unknown.err());
    }

    @Test
    void functionalityListsHostNotifyTenBitAndTargetModeToo() {
        v44.run("sim", "config", "--functionality", "i2c-stub");
        String listed = v44.run("detect", "-F", "sim").out();
        assertTrue(listed.endsWith("""
                I2C Block Read                   yes
                SMBus Host Notify                no
                10-bit addressing                no
                Target mode                      no
                """), listed);
        assertTrue(v43.run("detect", "-F", "sim").out().endsWith("I2C Block Read                   yes\n"));
    }

    @Test
    void dumpRefusesSmbusBlockModeWith44sWords() {
        CliHarness.Result r = v44.run("dump", "-y", "sim", "0x50", "s");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("SMBus block mode is no longer supported, please use i2cget instead\n", r.err());
        assertTrue(v43.run("dump", "-y", "sim", "0x50", "s").err().startsWith("SMBus block mode is deprecated"));
        assertEquals(Dump.USAGE.replace("    s (SMBus block, deprecated)\n", ""), v44.run("dump", "-h").err());
    }

    @Test
    void transferPrintsTheBytesReadAsTheyAreWithMinusB() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        CliHarness.Result r = new CliHarness(dir).withEnv(Map.of(I2cToolsVersion.VARIABLE, "4.4"))
                .withBinaryOut(raw, false).run("transfer", "-y", "-bv", "sim", "w1@0x50", "0x00", "r5", "r2");
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out(), "no header, no hex: -b turns -v off");
        assertArrayEquals("HELLO F".getBytes(java.nio.charset.StandardCharsets.US_ASCII), raw.toByteArray());
        CliHarness.Result old = v43.run("transfer", "-b", "-y", "sim", "w1@0x50", "0x00", "r5");
        assertEquals(1, old.code());
        assertTrue(old.err().startsWith("Error: Unsupported option \"-b\"!\nUsage: i2ctransfer [-f]"), old.err());
        assertTrue(v44.run("transfer", "-h").err().startsWith("""
                Usage: i2ctransfer [OPTIONS] I2CBUS DESC [DATA] [DESC [DATA]]...
                  OPTIONS: -a allow even reserved addresses
                """));
    }

    @Test
    void i2ckitsOwnHelpForAToolShowsTheUsageOfTheReleaseItSpeaks() {
        assertTrue(v44.run("transfer", "--help").out().startsWith("Usage: i2ctransfer [OPTIONS]"));
        assertTrue(v43.run("transfer", "--help").out().startsWith("Usage: i2ctransfer [-f] [-y]"));
    }
}
