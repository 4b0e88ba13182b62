// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectToolTest {
    @TempDir
    Path dir;

    private CliHarness.Result run(String... args) {
        return new CliHarness(dir).run(args);
    }

    private static final String DEFAULT_GRID = """
                 0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f
            00:                         -- -- -- -- -- -- -- --\s
            10: -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- --\s
            20: -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- --\s
            30: -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- --\s
            40: -- -- -- -- -- -- -- -- 48 -- -- -- -- -- -- --\s
            50: 50 51 -- -- -- -- -- -- -- -- -- -- -- -- -- --\s
            60: -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- --\s
            70: -- -- -- -- -- -- -- --                        \s
            """;

    @Test
    void scansTheDefaultSimulatedBoardWithTrailingSpacesKept() {
        CliHarness.Result r = run("detect", "-y", "sim");
        assertEquals(0, r.code(), r.toString());
        assertEquals(DEFAULT_GRID, r.out());
        assertEquals("", r.err());
    }

    @Test
    void addressOwnedByAKernelDriverShowsUu() {
        run("sim", "driver", "0x50", "at24");
        run("sim", "driver", "0x51", "at24");
        CliHarness.Result r = run("detect", "-y", "sim");
        assertTrue(r.out().contains("50: UU UU -- "), r.out());
    }

    @Test
    void allAddressesAndAnExplicitRange() {
        CliHarness.Result all = run("detect", "-y", "-a", "sim");
        assertTrue(all.out().contains("\n00: -- -- -- -- -- -- -- -- "), all.out());
        assertTrue(all.out().endsWith("70: -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- -- \n"), all.out());
        CliHarness.Result range = run("detect", "-y", "sim", "0x48", "0x50");
        assertEquals("""
                     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f
                00:                                                \s
                10:                                                \s
                20:                                                \s
                30:                                                \s
                40:                         48 -- -- -- -- -- -- --\s
                50: 50                                             \s
                60:                                                \s
                70:                                                \s
                """, range.out());
    }

    @Test
    void adapterWithoutQuickCommandSkipsTheQuickProbedAddressesWithAWarning() {
        run("sim", "config", "--functionality", "omap");
        CliHarness.Result r = run("detect", "-y", "sim");
        assertEquals(0, r.code());
        assertEquals("Warning: Can't use SMBus Quick Write command, will skip some addresses\n", r.err());
        assertTrue(r.out().contains("\n40: " + "   ".repeat(16) + "\n"), r.out());
        assertTrue(r.out().contains("\n30: " + "-- ".repeat(8) + "   ".repeat(8) + "\n"), "0x30-0x37 use receive byte");
        assertTrue(r.out().contains("\n50: 50 51 -- -- -- -- -- -- -- -- -- -- -- -- -- -- \n"), r.out());
        CliHarness.Result q = run("detect", "-y", "-q", "sim");
        assertEquals(1, q.code());
        assertEquals("Error: Can't use SMBus Quick Write command on this bus\n", q.err());
    }

    @Test
    void functionalityListIsI2cTools43s() {
        run("sim", "config", "--functionality", "i2c-stub");
        CliHarness.Result r = run("detect", "-F", "sim");
        assertEquals("""
                Functionalities implemented by sim:
                I2C                              no
                SMBus Quick Command              yes
                SMBus Send Byte                  yes
                SMBus Receive Byte               yes
                SMBus Write Byte                 yes
                SMBus Read Byte                  yes
                SMBus Write Word                 yes
                SMBus Read Word                  yes
                SMBus Process Call               no
                SMBus Block Write                no
                SMBus Block Read                 no
                SMBus Block Process Call         no
                SMBus PEC                        no
                I2C Block Write                  yes
                I2C Block Read                   yes
                """, r.out());
    }

    @Test
    void promptDefaultsToYesAndAnythingElseAborts() {
        CliHarness harness = new CliHarness(dir);
        CliHarness.Result yes = harness.runWithInput("\n", "detect", "sim");
        assertEquals(DEFAULT_GRID, yes.out());
        assertEquals("""
                WARNING! This program can confuse your I2C bus, cause data loss and worse!
                I will probe file sim.
                I will probe address range 0x08-0x77.
                Continue? [Y/n]\s""", yes.err());
        CliHarness.Result no = harness.runWithInput("n\n", "detect", "-r", "sim");
        assertEquals(0, no.code());
        assertEquals("", no.out());
        assertTrue(no.err().contains("I will probe file sim using receive byte commands.\n"), no.err());
        assertTrue(no.err().endsWith("Continue? [Y/n] Aborting on user request.\n"), no.err());
        CliHarness.Result eof = harness.runWithInput("", "detect", "sim");
        assertTrue(eof.err().endsWith("Aborting on user request.\n"), "no answer at all aborts");
    }

    @Test
    void argumentErrorsUseI2cToolsMessagesAndExitOne() {
        assertError(run("detect", "-y"), "Error: No i2c-bus specified!");
        assertError(run("detect", "-q", "-r", "sim"), "Error: Different modes specified!");
        assertError(run("detect", "-x", "sim"), "Error: Unsupported option \"-x\"!");
        assertError(run("detect", "-y", "sim", "0x02", "0x50"), "Error: FIRST argument out of range (0x08-0x77)!");
        assertError(run("detect", "-y", "sim", "0x50", "0x40"), "Error: LAST argument out of range (0x50-0x77)!");
        assertError(run("detect", "-y", "sim", "zz", "0x40"), "Error: FIRST argment not a number!");
        assertError(run("detect", "-y", "no-such-adapter"), "Error: I2C bus name doesn't match any bus present!");
        assertError(run("detect", "-y", "0x100000"), "Error: I2C bus out of range!");
    }

    private static void assertError(CliHarness.Result r, String firstLine) {
        assertEquals(1, r.code(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals(firstLine, r.err().lines().findFirst().orElse(""), r.toString());
    }
}
