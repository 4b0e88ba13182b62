// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a person does to a command in the engine from the shell: Ctrl-C, a killed client, a prompt
 * answered on standard input, a terminal that must not receive binary. Each command is one the
 * engine would otherwise keep waiting (a batch reading a pipe that stays open).
 */
class EngineCancelTest {
    private static final String JAR = "/nowhere/i2ckit-cancel-test.jar";
    @TempDir
    static Path dir;
    private static EngineFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = EngineFixture.start(dir, JAR);
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.stop();
    }

    /**
     * A batch whose standard input is a FIFO held open (it reads every line before it runs one,
     * so it waits); {@code signal} is sent to the client, whose status the script prints, and then
     * a fresh command on the same bus must run at once.
     */
    private EngineFixture.Run batchWaitingOnAPipe(String signal) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work-" + signal));
        return fixture.sh(work, "mkfifo in.fifo\n"
                + "$C i2ckit batch - < in.fifo > out.txt 2> err.txt & c=$!\n"
                + "exec 3> in.fifo\n"
                + "echo 'set sim 0x48 0x20 0x5a' >&3\n"
                + "sleep 1\n"
                + "kill -" + signal + " $c\n"
                + "wait $c; echo \"status $?\"\n"
                + "$C i2ckit get -y sim 0x48 0x20\n");
    }

    /** What 'engine status' says, asked through the client as a person would. */
    private static String runningNow() throws Exception {
        return fixture.sh(dir, "$C i2ckit engine status").out();
    }

    @Test
    void ctrlCCancelsACommandWaitingOnItsInputAndTheBusIsFreeAfter() throws Exception {
        EngineFixture.Run r = batchWaitingOnAPipe("INT");
        assertEquals("status 130\n0x00\n", r.out(), "130 as a JVM that SIGINT ended; nothing ran; the bus answers: " + r);
        assertEquals("", Files.readString(dir.resolve("work-INT/err.txt")), "a cancelled command says nothing, as such a JVM");
        assertTrue(runningNow().contains(", 0 running now;"), runningNow());
    }

    @Test
    void aKilledClientsCommandEndsInTheEngineToo() throws Exception {
        EngineFixture.Run r = batchWaitingOnAPipe("KILL");
        assertEquals("status 137\n0x00\n", r.out(), r.toString());
        assertTrue(runningNow().contains(", 0 running now;"), "the killed client's batch no longer runs: " + runningNow());
    }

    @Test
    void ctrlCAtAPromptEndsTheCommandWithTheBusOpenAndNothingWritten() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work-prompt"));
        EngineFixture.Run r = fixture.sh(work, "mkfifo in.fifo\n"
                + "$C i2cset sim 0x48 0x22 0x77 < in.fifo 2> err.txt & c=$!\n"
                + "exec 3> in.fifo\n"
                + "i=0; while ! grep -q 'Continue?' err.txt && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done\n"
                + "kill -INT $c\n"
                + "wait $c; echo \"status $?\"\n"
                + "$C i2cget -y sim 0x48 0x22\n");
        assertTrue(Files.readString(work.resolve("err.txt")).contains("Continue? [Y/n] "), "it was asking");
        assertEquals("status 130\n0x00\n", r.out(), "ended at the prompt, nothing written, the bus free: " + r);
    }

    @Test
    void thePromptReadsTheAnswerFromTheClientsInput() throws Exception {
        EngineFixture.Run yes = fixture.sh(dir, "echo y | $C i2cset sim 0x48 0x21 0x33; $C i2cget -y sim 0x48 0x21");
        assertEquals(0, yes.code(), yes.toString());
        assertTrue(yes.err().contains("Continue? [Y/n] "), yes.err());
        assertEquals("0x33\n", yes.out());
        EngineFixture.Run no = fixture.sh(dir, "echo n | $C i2cset sim 0x48 0x21 0x44; $C i2cget -y sim 0x48 0x21");
        assertTrue(no.err().contains("Aborting on user request."), no.err());
        assertEquals("0x33\n", no.out(), "nothing written after a no");
    }

    @Test
    void binaryIsRefusedOnATerminalAsAColdRunRefusesIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) for a terminal");
        // script(1) gives the client a pseudo-terminal as its standard streams
        EngineFixture.Run r = fixture.sh(dir, "script -qec '$C i2ckit fan encode HELLO; echo \"status $?\"' /dev/null");
        assertTrue(r.out().contains("status 2"), r.toString());
        assertTrue(r.out().contains("Error: "), "one Error line on the terminal, no binary: " + r);
        assertTrue(r.out().chars().allMatch(ch -> ch == '\r' || ch == '\n' || ch >= 0x20 && ch < 0x7f),
                "nothing binary reached the terminal: " + r);
    }
}
