// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsEveryLineWithoutPromptingInOneProcess() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Path script = dir.resolve("fan.batch");
        Files.writeString(script, """
                # the fan hack's loop, as one process
                set sim 0x50 0x00 0x48
                i2cset sim 0x50 0x01 0x49

                transfer sim w1@0x50 0x00 r2
                get sim 0x50 0x01
                """);
        CliHarness.Result r = cli.run("batch", script.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("0x48 0x49\n0x49\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void withoutAckPollingTheEepromsWriteCycleFailsTheNextLine() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.runWithInput("set sim 0x50 0x00 0x48\nset sim 0x50 0x01 0x49\n",
                "batch", "--ack-poll", "0");
        assertEquals(1, r.code());
        assertTrue(r.err().endsWith("batch: stopped at line 2 (exit 1): set sim 0x50 0x01 0x49\n"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("Error: ")).count(), "one failure, one Error line: " + r.err());
    }

    @Test
    void ackPollingWaitsOutTheWriteCycleOnTheBusClock() {
        CliHarness cli = new CliHarness(dir);
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            script.append("set sim 0x50 ").append(i).append(' ').append(0x40 + i).append('\n');
        }
        assertEquals(0, cli.runWithInput(script.toString(), "batch").code());
        CliHarness.Result status = cli.run("sim", "status");
        // 32 writes of 29 bits, each after about 5 ms of polls that cost 11 bits apiece
        assertTrue(status.out().matches("(?s).*bus time 1[5-6]\\d\\.\\d{3} ms.*"), status.out());
    }

    @Test
    void stopsAtTheFirstFailingLineAndNamesIt() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.runWithInput("set sim 0x48 0 1\nget sim 0x20 0\nset sim 0x48 0 2\n", "batch", "-");
        assertEquals(2, r.code());
        assertTrue(r.err().endsWith("batch: stopped at line 2 (exit 2): get sim 0x20 0\n"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("Error: ")).count(), r.err());
        assertEquals("0x01\n", cli.run("get", "-y", "sim", "0x48", "0").out(), "line 3 never ran");
    }

    @Test
    void keepGoingRunsTheRestAndFailsAtTheEnd() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.runWithInput("get sim 0x20 0\nset sim 0x48 0 2\nget sim 0x21 0\n",
                "batch", "--keep-going");
        assertEquals(2, r.code());
        assertTrue(r.err().endsWith("batch: 2 of the lines failed, the first on line 1\n"), r.err());
        assertEquals(2, r.err().lines().filter(l -> l.startsWith("Error: ")).count(), r.err());
        assertEquals("0x02\n", cli.run("get", "-y", "sim", "0x48", "0").out());
    }

    @Test
    void unknownCommandAndMissingFileAreUsageErrors() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.runWithInput("peek sim 0x48\n", "batch");
        assertEquals(2, r.code());
        assertEquals("Error: line 1: unknown command 'peek': use get, set, dump, transfer or detect\n", r.err());
        CliHarness.Result missing = cli.run("batch", dir.resolve("nope.batch").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("Error: batch file "), missing.err());
    }

    @Test
    void wordsSplitOnSpacesKeepQuotesAndDropComments() {
        assertEquals(List.of("detect", "-y", "My Adapter"), BatchCommand.words("detect -y 'My Adapter'  # scan", 1));
        assertEquals(List.of(), BatchCommand.words("   # only a comment", 1));
        assertThrows(CliException.class, () -> BatchCommand.words("get \"sim 0x48", 7));
    }

    @Test
    void aBadLineAnywhereStopsTheBatchBeforeAnyLineRuns() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.runWithInput("set sim 0x48 0x10 0x42\nget sim 0x48 0x10\npeek sim 0x48\n", "batch");
        assertEquals(2, r.code(), r.toString());
        assertEquals("Error: line 3: unknown command 'peek': use get, set, dump, transfer or detect\n", r.err());
        assertEquals("", r.out());
        assertTrue(!cli.run("get", "-y", "sim", "0x48", "0x10").out().equals("0x42\n"), "line 1 did not run");
    }

    @Test
    void anAbsentChipFailsAtOnceWithI2ctoolsWordsInsteadOfBeingPolled() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.runWithInput("set sim 0x21 0x00 0x01\n", "batch");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().startsWith("Error: Write failed"), r.err());
        assertFalse(r.err().contains("still failing after"), "never written, so never polled: " + r.err());
    }

    @Test
    void onlyATransferToTheChipInItsWriteCycleIsRetried() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result one = cli.runWithInput("set sim 0x50 0x00 0x48\ntransfer sim w1@0x50 0x00 r1\n", "batch");
        assertEquals(0, one.code(), one.toString());
        assertTrue(one.out().endsWith("0x48\n"), "polled until the write cycle ended: " + one.out());
        // a second chip in the same transfer: its first message may have reached the wire, so no retry
        CliHarness.Result two = cli.runWithInput("set sim 0x50 0x00 0x49\ntransfer sim w1@0x48 0x10 w1@0x50 0x00 r1\n",
                "batch");
        assertEquals(1, two.code(), two.toString());
        assertFalse(two.err().contains("still failing after"), two.err());
    }
}
