// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every wrong input: one Error line on stderr, a non-zero exit, no stack trace unless asked. */
class ErrorHandlingTest {
    @TempDir
    Path dir;

    private CliHarness cli() {
        return new CliHarness(dir);
    }

    private static void assertOneErrorLine(CliHarness.Result r, int code, String startsWith) {
        assertEquals(code, r.code(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().startsWith("Error: " + startsWith), r.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
    }

    @Test
    void unknownCommandNamesTheCommandsThereAre() {
        assertOneErrorLine(cli().run("frobnicate"), 2,
                "unknown command 'frobnicate': use one of fan, demo, detect, dump, get, set, transfer, scan, batch, eeprom, board, modules, sim, shell, engine, help");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        assertOneErrorLine(cli().run(), 2, "Missing command: give one of fan, demo");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertOneErrorLine(cli().run("--frob"), 2, "Unknown option: '--frob'");
    }

    @Test
    void badValueInASubcommandNamesIt() {
        assertOneErrorLine(cli().run("sim", "wp", "0x50", "maybe"), 2, "write-protect state 'maybe': use on or off");
        assertOneErrorLine(cli().run("sim", "wp", "0x80", "on"), 2, "chip address 0x80 out of range (0x0-0x7f)");
        assertOneErrorLine(cli().run("sim", "config", "--functionality", "warp"), 2,
                "unknown adapter functionality 'warp': use one of");
    }

    @Test
    void brokenStateFileIsReportedWithItsLineAndTheStackTraceOnlyOnRequest() throws Exception {
        Files.createDirectories(dir.resolve("sim"));
        Files.writeString(dir.resolve("sim/board.conf"), "speed = fast\n");
        CliHarness.Result r = cli().run("sim", "status");
        assertOneErrorLine(r, 1, dir.resolve("sim") + "/board.conf line 1 (speed = fast): speed 'fast' is not a whole"
                + " number; fix or remove that line, or start the simulator afresh with 'i2ckit sim reset'");

        CliHarness.Result traced = cli().run("--stacktrace", "sim", "status");
        assertEquals(1, traced.code());
        assertTrue(traced.err().startsWith("Error: " + dir.resolve("sim") + "/board.conf line 1"), traced.toString());
        assertTrue(traced.err().contains("\tat io.i2ckit.sim.SimBoard.parse"), traced.toString());
    }

    @Test
    void theDropInsFollowTheSamePolicy() throws Exception {
        Files.createDirectories(dir.resolve("sim"));
        Files.writeString(dir.resolve("sim/board.conf"), "speed = fast\n");
        StringWriter err = new StringWriter();
        Session s = new Session(new PrintWriter(new StringWriter()), new PrintWriter(err),
                new BufferedReader(new StringReader("")), Map.of(), new CliHarness(dir).buses(), false);
        int code = io.i2ckit.cli.tools.Launcher.run(s, "i2cget", "-y", "sim", "0x48", "0");
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().startsWith("Error: " + dir.resolve("sim") + "/board.conf line 1 (speed = fast): speed"
                + " 'fast' is not a whole number"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals(0, new CliHarness(dir).run("sim", "reset").code(), "the way out it names works");
    }

    @Test
    void deviceFailureExitsOne() {
        assertEquals(0, cli().run("sim", "fault", "--stuck-busy", "0x48").code());
        CliHarness.Result r = cli().run("get", "-y", "sim", "0x48", "0");
        assertEquals(2, r.code(), "i2cget's read failure exits 2, as i2c-tools does");
        assertTrue(r.err().startsWith("Error: Read failed (read byte data at 0x48 on sim: no acknowledge"), r.toString());
    }

    @Test
    void versionAndHelpAreNotErrors() {
        CliHarness.Result v = cli().run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().matches("i2ckit \\d+\\.\\d+\\.\\d+\\R"), v.out());
        CliHarness.Result h = cli().run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("detect") && h.out().contains("transfer") && h.out().contains("--sim-dir"), h.out());
    }
}
