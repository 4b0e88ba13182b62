// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.CliHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GetSetToolTest {
    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void registersCountUp() {
        cli = new CliHarness(dir);
        SimFixtures.countingRegisters(cli.simDir());
    }

    private String out(String... args) {
        CliHarness.Result r = cli.run(args);
        assertEquals(0, r.code(), r.toString());
        return r.out();
    }

    @Test
    void getReadsByteWordAndBlocksInI2cToolsFormat() {
        assertEquals("0x10\n", out("get", "-y", "sim", "0x48", "0x10"));
        assertEquals("0x1110\n", out("get", "-y", "sim", "0x48", "0x10", "w"));
        assertEquals("0x10 0x11 0x12 0x13\n", out("get", "-y", "sim", "0x48", "0x10", "i", "4"));
        assertEquals(32, out("get", "-y", "sim", "0x48", "0", "i").split(" ").length, "I2C block length defaults to 32");
    }

    @Test
    void getWithoutDataAddressReadsAtTheChipsPointer() {
        out("get", "-y", "sim", "0x48", "0x20"); // leaves the pointer at 0x21
        assertEquals("0x21\n", out("get", "-y", "sim", "0x48"));
        assertEquals("0x30\n", out("get", "-y", "sim", "0x48", "0x30", "c"), "c writes the address, then reads");
    }

    @Test
    void getFailureExitsTwo() {
        CliHarness.Result r = cli.run("get", "-y", "sim", "0x20", "0");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Error: Read failed"), r.err());
    }

    @Test
    void getRefusesPecOnEepromsAtThePrompt() {
        CliHarness.Result r = cli.runWithInput("y\n", "get", "sim", "0x50", "0", "bp");
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("STOP! EEPROMs are I2C devices, not SMBus devices."), r.err());
    }

    @Test
    void getArgumentErrors() {
        assertEquals("Error: Data address invalid!", firstErr(cli.run("get", "-y", "sim", "0x48", "0x100")));
        assertEquals("Error: Invalid mode!", firstErr(cli.run("get", "-y", "sim", "0x48", "0", "q")));
        assertEquals("Error: PEC not supported for I2C block data!", firstErr(cli.run("get", "-y", "sim", "0x48", "0", "ip")));
        assertEquals("Error: Length only valid for I2C block data!",
                firstErr(cli.run("get", "-y", "sim", "0x48", "0", "b", "4")));
        assertEquals("Error: Length invalid!", firstErr(cli.run("get", "-y", "sim", "0x48", "0", "i", "33")));
        assertTrue(cli.run("get", "-y", "sim").err().startsWith("Usage: i2cget"));
    }

    @Test
    void setWritesEachModeAndReadsBack() {
        assertEquals("Value 0xab written, readback matched\n", out("set", "-y", "-r", "sim", "0x48", "0x10", "0xab"));
        assertEquals("0xab\n", out("get", "-y", "sim", "0x48", "0x10"));
        assertEquals("Value 0xbeef written, readback matched\n",
                out("set", "-y", "-r", "sim", "0x48", "0x20", "0xbeef", "w"));
        assertEquals("0xef\n", out("get", "-y", "sim", "0x48", "0x20"));
        assertEquals("", out("set", "-y", "sim", "0x48", "0x30", "1", "2", "3", "i"));
        assertEquals("0x01 0x02 0x03\n", out("get", "-y", "sim", "0x48", "0x30", "i", "3"));
        assertEquals("Values 0x07 0x08 written, readback matched\n",
                out("set", "-y", "-r", "sim", "0x48", "0x40", "7", "8", "i"));
    }

    @Test
    void setMaskKeepsTheUnmaskedBits() {
        out("set", "-y", "sim", "0x48", "0x10", "0xf0");
        assertEquals("Value 0xfa written, readback matched\n",
                out("set", "-y", "-r", "-m", "0x0f", "sim", "0x48", "0x10", "0x0a"));
    }

    @Test
    void maskedSetAsksAgainShowingOldAndNewValues() {
        out("set", "-y", "sim", "0x48", "0x10", "0xf0");
        CliHarness.Result r = cli.runWithInput("y\ny\n", "set", "-m", "0x0f", "sim", "0x48", "0x10", "0x0a");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("data 0x0a (masked), mode byte.\nContinue? [Y/n] "), r.err());
        assertTrue(r.err().endsWith("Old value 0xf0, write mask 0x0f, will write 0xfa\nContinue? [Y/n] "), r.err());
    }

    @Test
    void readbackMismatchExitsOneUnlikeI2cTools() {
        cli.run("sim", "wp", "0x50", "on");
        CliHarness.Result r = cli.run("set", "-y", "-r", "sim", "0x50", "0x00", "0x41");
        assertEquals(1, r.code());
        assertEquals("Warning - data mismatch - wrote 0x41, read back 0xff\n", r.out());
    }

    @Test
    void eepromRangeMakesTheSetPromptDefaultToNo() {
        CliHarness.Result r = cli.runWithInput("\n", "set", "sim", "0x50", "0x00", "0x41");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("DANGEROUS! Writing to a serial EEPROM on a memory DIMM\n"), r.err());
        assertTrue(r.err().endsWith("Continue? [y/N] Aborting on user request.\n"), r.err());
        assertEquals(0xff, SimFixtures.eepromByte(cli.simDir(), 0), "nothing written");
    }

    @Test
    void writeFailureExitsOne() {
        CliHarness.Result r = cli.run("set", "-y", "sim", "0x20", "0x00", "0x41");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("Error: Write failed"), r.err());
    }

    @Test
    void setArgumentErrors() {
        assertEquals("Error: Invalid mode 'bb'!", firstErr(cli.run("set", "-y", "sim", "0x48", "0", "1", "bb")));
        assertEquals("Error: Too many arguments!", firstErr(cli.run("set", "-y", "sim", "0x48", "0", "1", "2", "b")));
        assertEquals("Error: Data value out of range!", firstErr(cli.run("set", "-y", "sim", "0x48", "0", "256")));
        assertEquals("Error: Data value invalid!", firstErr(cli.run("set", "-y", "sim", "0x48", "0", "x", "b")));
        assertEquals("Error: Mask not supported for block writes!",
                firstErr(cli.run("set", "-y", "-m", "1", "sim", "0x48", "0", "1", "i")));
        assertEquals("Error: PEC not supported for I2C block writes!",
                firstErr(cli.run("set", "-y", "sim", "0x48", "0", "1", "ip")));
        assertEquals("Error: Data value mask invalid!", firstErr(cli.run("set", "-y", "-m", "0", "sim", "0x48", "0", "1")));
    }

    private static String firstErr(CliHarness.Result r) {
        assertEquals(1, r.code(), r.toString());
        return r.err().lines().findFirst().orElse("");
    }
}
