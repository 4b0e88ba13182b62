// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** i2ckit shell, fed lines the way a pipe would: every kind of command runs in the one process. */
class ShellCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsI2ckitCommandsAndI2cToolsByNameInOneProcess() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.runWithInput("""
                set -y sim 0x48 0x10 0x42
                i2cget -y sim 0x48 0x10
                time get -y sim 0x48 0x10
                fan preview --no-preview Hi
                exit
                get -y sim 0x48 0x10
                """, "shell");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("0x42\n0x42\n1 string, 12 of 512 bytes used"), r.out());
        assertTrue(r.err().matches("time: [0-9.]+ ms \\(exit 0\\)\n"), r.err());
        assertEquals(2, r.out().split("0x42", -1).length - 1, "nothing after exit runs");
    }

    @Test
    void aFailingLineSaysSoAndTheShellGoesOnAndEndsWithTheLastStatus() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.runWithInput("frobnicate\nget -y sim 0x48 0x00\nget \"sim\n", "shell");
        assertTrue(r.err().startsWith("Error: unknown command 'frobnicate'"), r.err());
        assertTrue(r.out().contains("0x00"), r.out());
        assertEquals(2, r.code(), "the last line's status: an unclosed quote");
    }

    @Test
    void aMistypedCommandInTheShellGetsTheNearestNames() {
        CliHarness.Result r = new CliHarness(dir).runWithInput("i2cg -y sim 0x48 0 w\nfan progam x\n", "shell");
        assertTrue(r.err().startsWith("Error: unknown command 'i2cg'; did you mean 'get' (i2cget)?"), r.err());
        assertTrue(r.err().contains("Error: unknown command 'progam'; did you mean 'program'?"), r.err());
    }
}
