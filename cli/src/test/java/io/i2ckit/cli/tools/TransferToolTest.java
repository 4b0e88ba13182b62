// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.CliHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransferToolTest {
    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void fanEepromHoldsText() {
        cli = new CliHarness(dir);
        SimFixtures.eepromText(cli.simDir(), "HELLO FAN");
    }

    @Test
    void writeTheOffsetThenReadAcrossARepeatedStart() {
        CliHarness.Result r = cli.run("transfer", "-y", "sim", "w1@0x50", "0x00", "r5");
        assertEquals(0, r.code(), r.toString());
        assertEquals("0x48 0x45 0x4c 0x4c 0x4f\n", r.out());
    }

    @Test
    void secondBlockAddressReadsTheUpperHalf() {
        cli.run("transfer", "-y", "sim", "w3@0x51", "0x00", "0x55", "0x66");
        CliHarness.Result r = cli.run("transfer", "-y", "sim", "w1@0x51", "0x00", "r2");
        assertEquals("0x55 0x66\n", r.out());
        assertEquals(0x55, SimFixtures.eepromByte(cli.simDir(), 256));
    }

    @Test
    void suffixesFillTheRestOfAWrite() {
        assertEquals(0, cli.run("transfer", "-y", "sim", "w9@0x50", "0x10", "0xf0-").code());
        CliHarness.Result r = cli.run("transfer", "-y", "sim", "w1@0x50", "0x10", "r8");
        assertEquals("0xf0 0xef 0xee 0xed 0xec 0xeb 0xea 0xe9\n", r.out());
        cli.run("transfer", "-y", "sim", "w5@0x50", "0x20", "0x01+");
        assertEquals("0x01 0x02 0x03 0x04\n", cli.run("transfer", "-y", "sim", "w1@0x50", "0x20", "r4").out());
        cli.run("transfer", "-y", "sim", "w4@0x50", "0x30", "0x07=");
        assertEquals("0x07 0x07 0x07\n", cli.run("transfer", "-y", "sim", "w1@0x50", "0x30", "r3").out());
        cli.run("transfer", "-y", "sim", "w4@0x50", "0x40", "0x00p");
        // 0x00 ^ 27 + 13 = 0x28, rotated left = 0x50; then 0x50 ^ 27 + 13 = 0x58, rotated = 0xb0
        assertEquals("0x00 0x50 0xb0\n", cli.run("transfer", "-y", "sim", "w1@0x50", "0x40", "r3").out());
    }

    @Test
    void verboseShowsEveryMessage() {
        CliHarness.Result r = cli.run("transfer", "-y", "-v", "sim", "w1@0x50", "0x00", "r2");
        assertEquals("msg 0: addr 0x50, write, len 1, buf 0x00\nmsg 1: addr 0x50, read, len 2, buf 0x48 0x45\n", r.out());
    }

    @Test
    void promptDefaultsToNoAndListsTheMessages() {
        CliHarness.Result r = cli.runWithInput("\n", "transfer", "sim", "w2@0x50", "0x00", "0x41", "r?");
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals("""
                WARNING! This program can confuse your I2C bus, cause data loss and worse!
                I will send the following messages to device file sim:
                msg 0: addr 0x50, write, len 2, buf 0x00 0x41
                msg 1: addr 0x50, read, len TBD
                Continue? [y/N] Aborting on user request.
                """, r.err());
        assertEquals('H', SimFixtures.eepromByte(cli.simDir(), 0));
    }

    @Test
    void smbusOnlyAdapterIsRefused() {
        cli.run("sim", "config", "--functionality", "i2c-stub");
        CliHarness.Result r = cli.run("transfer", "-y", "sim", "r1@0x50");
        assertEquals(1, r.code());
        assertEquals("Error: Adapter does not have I2C transfers capability\n", r.err());
    }

    @Test
    void busyAddressIsRefusedUnlessForced() {
        cli.run("sim", "driver", "0x50", "at24");
        CliHarness.Result r = cli.run("transfer", "-y", "sim", "r1@0x50");
        assertEquals(1, r.code());
        assertEquals("Error: Could not set address to 0x50: Device or resource busy\n"
                + "Error: faulty argument is 'r1@0x50'\n", r.err());
        assertEquals("0x48\n", cli.run("transfer", "-y", "-f", "sim", "w1@0x50", "0", "r1").out());
    }

    @Test
    void noAcknowledgeFailsTheTransfer() {
        CliHarness.Result r = cli.run("transfer", "-y", "sim", "r1@0x20");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("Error: Sending messages failed: No such device or address"), r.err());
    }

    @Test
    void malformedDescriptionsNameTheFaultyArgument() {
        assertFaulty(cli.run("transfer", "-y", "sim", "x1@0x50"), "Error: Invalid direction", "x1@0x50");
        assertFaulty(cli.run("transfer", "-y", "sim", "w?@0x50"), "Error: variable length not allowed with write", "w?@0x50");
        assertFaulty(cli.run("transfer", "-y", "sim", "r70000@0x50"), "Error: Length invalid", "r70000@0x50");
        assertFaulty(cli.run("transfer", "-y", "sim", "r1#0x50"), "Error: Unknown separator after length", "r1#0x50");
        assertFaulty(cli.run("transfer", "-y", "sim", "r1"), "Error: No address given", "r1");
        assertFaulty(cli.run("transfer", "-y", "sim", "w1@0x50", "0x100"), "Error: Invalid data byte", "0x100");
        assertFaulty(cli.run("transfer", "-y", "sim", "w2@0x50", "1*"), "Error: Invalid data byte suffix", "1*");
        CliHarness.Result incomplete = cli.run("transfer", "-y", "sim", "w2@0x50", "1");
        assertEquals("Error: Incomplete message\n", incomplete.err());
    }

    @Test
    void messageOverTheKernelLimitIsRefusedLikeTheKernelDoes() {
        CliHarness.Result r = cli.run("transfer", "-y", "sim", "r8193@0x50");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("Error: Sending messages failed: Invalid argument"), r.err());
    }

    private static void assertFaulty(CliHarness.Result r, String error, String arg) {
        assertEquals(1, r.code(), r.toString());
        assertEquals(error + "\nError: faulty argument is '" + arg + "'\n", r.err());
    }
}
