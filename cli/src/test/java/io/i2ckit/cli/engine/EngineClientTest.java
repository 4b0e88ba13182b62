// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The native client against an engine served in this JVM ({@link EngineFixture}): streams,
 * directories, exit statuses, other users, stale sockets and engines that go away.
 */
class EngineClientTest {
    private static final String JAR = "/nowhere/i2ckit-test.jar"; // only its name counts: it picks the socket
    @TempDir
    static Path dir;
    private static EngineFixture fixture;
    private static EngineServer engine;

    @BeforeAll
    static void compileTheClientAndStartAnEngine() throws Exception {
        fixture = EngineFixture.start(dir, JAR);
        engine = fixture.engine;
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.stop();
    }

    private static EngineFixture.Run sh(Path cwd, String script) throws Exception {
        return fixture.sh(cwd, script);
    }

    @Test
    void aCommandRunsOnTheClientsStreamsInItsDirectoryAndGivesItsExitStatus() throws Exception {
        Path work = dir.resolve("work");
        EngineFixture.Run ok = sh(work, "$C i2ckit fan encode -o rel.bin 'Olá'");
        assertEquals(0, ok.code(), ok.toString());
        assertArrayEquals(new FanEncoder(FanFont.standard(), FanProfile.standard()).encode(List.of("Olá")).bytes(),
                Files.readAllBytes(work.resolve("rel.bin")));
        // a relative path is used resolved against the client's directory and shown as typed
        assertTrue(ok.out().startsWith("Wrote 1 string to rel.bin ("), ok.out());
        EngineFixture.Run missing = sh(work, "$C i2ckit eeprom write --bus sim none.bin");
        assertEquals("Error: none.bin does not exist\n", missing.err(), "as a cold run in that directory says it");
        EngineFixture.Run bad = sh(work, "$C i2ckit get -y sim 0x99 0");
        io.i2ckit.cli.CliHarness.Result cold = new io.i2ckit.cli.CliHarness(dir).run("get", "-y", "sim", "0x99", "0");
        assertEquals(cold.code(), bad.code(), bad.toString());
        assertEquals(cold.err(), bad.err(), "the same words as a cold run");
        assertEquals(cold.out(), bad.out());
        EngineFixture.Run tool = sh(work, "$C i2cget -y sim 0x50 0x00 b");
        assertEquals(0, tool.code(), tool.toString());
        assertTrue(tool.out().matches("0x[0-9a-f]{2}\n"), tool.out());
    }

    @Test
    void redirectionsAppendAndKeepTheShellsOrder() throws Exception {
        Path work = dir.resolve("work");
        EngineFixture.Run r = sh(work, "{ echo A; $C i2ckit --version; echo B; } > order.txt; $C i2ckit --version >> order.txt;"
                + " $C i2ckit fan encode x > x.bin; $C i2ckit nope 2> err.txt; echo $?");
        assertEquals("2\n", r.out(), r.toString());
        String version = Files.readString(work.resolve("order.txt")).lines().toList().get(1);
        assertEquals("A\n" + version + "\nB\n" + version + "\n", Files.readString(work.resolve("order.txt")));
        assertTrue(version.startsWith("i2ckit "), version);
        assertEquals(1 + 1 + 5, Files.size(work.resolve("x.bin")), "binary goes to a file, not refused as a terminal");
        assertTrue(Files.readString(work.resolve("err.txt")).startsWith("Error: unknown command 'nope'"));
    }

    @Test
    void standardInputIsTheClients() throws Exception {
        EngineFixture.Run r = sh(dir.resolve("work"), "printf 'set sim 0x48 0x10 0x42\\nget sim 0x48 0x10\\n' | $C i2ckit batch -");
        assertEquals(0, r.code(), r.toString());
        assertEquals("0x42\n", r.out());
    }

    @Test
    void twoClientsAtOnceEachGetTheirOwn() throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (String name : new String[] {"one", "two"}) {
            dirs.add(Files.createDirectories(dir.resolve(name)));
        }
        EngineFixture.Run both = sh(dir, "(cd one && $C i2ckit fan encode -o m.bin ONE) & (cd two && $C i2ckit fan encode -o m.bin TWO) & wait");
        assertEquals(0, both.code(), both.toString());
        FanEncoder e = new FanEncoder(FanFont.standard(), FanProfile.standard());
        assertArrayEquals(e.encode(List.of("ONE")).bytes(), Files.readAllBytes(dirs.get(0).resolve("m.bin")));
        assertArrayEquals(e.encode(List.of("TWO")).bytes(), Files.readAllBytes(dirs.get(1).resolve("m.bin")));
    }

    @Test
    void commandsOneAfterAnotherReuseTheEnginesThreads() throws Exception {
        // a command's thread goes back to the pool after it: a script's loop keeps one or two
        // threads busy, not one more per command
        long before = requestThreads();
        EngineFixture.Run r = sh(dir, "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do $C i2ckit --version || exit 1; done");
        assertEquals(0, r.code(), r.toString());
        long after = requestThreads();
        assertTrue(after <= Math.max(before, 2) + 1, after + " request threads after 20 commands one after another, "
                + before + " before (idle ones are used again)");
    }

    private static long requestThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("engine-request") && t.isAlive()).count();
    }

    private static long socketsOpen() throws Exception {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (Exception gone) {
                    return false;
                }
            }).count();
        }
    }

    @Test
    void eachFinishedCommandsConnectionIsClosedOnceItsClientLeaves() throws Exception {
        long before = socketsOpen();
        EngineFixture.Run r = sh(dir, "for i in $(seq 25); do $C i2ckit --version || exit 1; done > /dev/null");
        assertEquals(0, r.code(), r.toString());
        long after = socketsOpen();
        for (int tries = 0; tries < 50 && after > before; tries++) {
            Thread.sleep(20); // the engine's watcher closes the last one as it sees that client go
            after = socketsOpen();
        }
        // at most as many as before (an engine of an earlier test class may still be closing its own)
        assertTrue(after <= before, "sockets open in the engine: " + before + " before 25 commands, " + after + " after");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "its last (\\d+) commands took a median of (\\d+\\.\\d\\d) ms each in the engine").matcher(engine.status());
        assertTrue(m.find(), engine.status());
        assertTrue(Integer.parseInt(m.group(1)) >= 25 && Double.parseDouble(m.group(2)) > 0, m.group());
    }

    /** sched(7)'s policy of each of this JVM's threads called {@code name} (field 41 of /proc/PID/task/TID/stat). */
    private static List<Integer> policiesOfThreads(String name) throws Exception {
        List<Integer> policies = new ArrayList<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().equals(name)) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        policies.add(Integer.parseInt(after[41 - 3]));
                    }
                } catch (java.io.IOException ended) {
                    // the thread ended as it was listed
                }
            }
        }
        return policies;
    }

    @Test
    void commandsRunInBatchThreadsSoAClientsConnectDoesNotHandTheEngineTheCpu() throws Exception {
        EngineFixture.Run r = sh(dir, "$C i2ckit --version");
        assertEquals(0, r.code(), r.toString());
        List<Integer> policies = policiesOfThreads("engine-request");
        assertFalse(policies.isEmpty(), "no request thread found");
        assertEquals(List.of(EngineLibC.SCHED_BATCH), policies.stream().distinct().toList());
    }

    @Test
    void withTheEngineOffOrUnreachableTheClientSaysRunItCold() throws Exception {
        EngineFixture.Run off = sh(dir, "I2CKIT_ENGINE=off $C i2ckit --version");
        assertEquals(255, off.code());
        assertEquals("", off.out() + off.err());
        EngineFixture.Run other = sh(dir, "I2CKIT_ENGINE_JAR=/another.jar $C i2ckit engine status");
        assertEquals(255, other.code(), "no engine for that jar, and status never starts one");
        EngineFixture.Run status = sh(dir, "$C i2ckit engine status");
        assertTrue(status.out().startsWith("The engine runs (pid " + ProcessHandle.current().pid() + ")"), status.out());
    }

    @Test
    void aFileACommandCreatesGetsTheCallersUmaskAsInAColdRun() throws Exception {
        Path work = dir.resolve("work");
        EngineFixture.Run r = sh(work, "umask 077; $C i2ckit fan encode -o private.bin 'x' && umask 022 &&"
                + " $C i2ckit fan encode -o shared.bin 'x' && umask 077 && $C i2ckit fan encode -o private2.bin 'x'");
        assertEquals(0, r.code(), r.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("private.bin"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("shared.bin"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("private2.bin"))),
                "the next request on the same engine thread takes its own caller's umask again");
    }

    /** How many commands a status says the engine served (what else it says may change meanwhile). */
    private static String served(String status) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("served \\d+ commands").matcher(status);
        assertTrue(m.find(), status);
        return m.group();
    }

    @Test
    void anotherUserIsRefusedEvenWhereTheSocketIsOpenToAll() throws Exception {
        assumeTrue(EngineLibC.getuid() == 0 && Files.isExecutable(Path.of("/usr/bin/setpriv"))
                && Files.isExecutable(Path.of("/usr/bin/python3")), "needs root, setpriv and python3");
        Path folder = dir.resolve("run/i2ckit");
        Path socket = EnginePaths.socket(folder, JAR);
        String before = engine.status();
        // only this test's own folders are opened up (never /tmp itself), and closed again below
        for (Path p : List.of(dir, dir.resolve("run"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx--x--x"));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
        try {
            String probe = "import array,socket,sys\n"
                    + "s=socket.socket(socket.AF_UNIX)\ns.connect(sys.argv[1])\n"
                    + "try:\n"
                    + "  s.sendmsg([b'F'],[(socket.SOL_SOCKET,socket.SCM_RIGHTS,array.array('i',[0,1,2]))])\n"
                    + "  body=b'\\0'.join([b'" + EngineRequest.PROTOCOL + "',b'i2ckit',b'/',b'22',b'1',b'--version',b'0'])+b'\\0'\n"
                    + "  s.sendall(len(body).to_bytes(4,'big')+body)\n"
                    + "  print('answered' if s.recv(5) else 'refused')\n"
                    + "except (BrokenPipeError, ConnectionResetError):\n"
                    + "  print('refused')\n";
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                    "/usr/bin/python3", "-c", probe, socket.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), err);
            assertEquals("refused\n", out, "the engine hung up on uid 65534 without a word");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            for (Path p : List.of(dir, dir.resolve("run"))) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            }
        }
        String after = engine.status();
        assertEquals(served(before), served(after), "nothing served for it");
    }

    @Test
    void aStaleSocketIsNoEngineAndAnEngineThatCannotStartMeansRunItCold() throws Exception {
        String jar = "/nowhere/stale.jar";
        Path socket = EnginePaths.socket(dir.resolve("run/i2ckit"), jar);
        // a socket file nobody listens on, as a killed engine leaves it
        int fd = EngineLibC.socket(EngineLibC.AF_UNIX, EngineLibC.SOCK_STREAM, 0);
        com.sun.jna.Memory address = EngineLibC.unixAddress(socket.toString());
        EngineLibC.bind(fd, address, (int) address.size());
        EngineLibC.close(fd);
        assertTrue(Files.exists(socket));
        long start = System.nanoTime();
        EngineFixture.Run r = sh(dir, "I2CKIT_ENGINE_JAR=" + jar + " I2CKIT_ENGINE_START='echo no java here >&2; exit 3' $C i2ckit --version");
        assertEquals(255, r.code(), r.toString());
        assertEquals("", r.out() + r.err(), "nothing printed: the launcher runs it cold");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "an engine that ended is not waited for");
        assertEquals("no java here\n", Files.readString(socket.resolveSibling(socket.getFileName().toString()
                .replace(".sock", ".log"))), "the engine's log says why");
    }

    /**
     * A fake engine in python3 for the jar name {@code jar}: it listens, says "ready", accepts one
     * client and runs {@code then} on the connection {@code c} (after taking its descriptors).
     */
    private static Process fakeEngine(String jar, String then) throws Exception {
        Path socket = EnginePaths.socket(dir.resolve("run/i2ckit"), jar);
        Files.deleteIfExists(socket);
        String script = "import socket,sys\ns=socket.socket(socket.AF_UNIX)\ns.bind(sys.argv[1])\ns.listen(1)\n"
                + "print('ready',flush=True)\nc,_=s.accept()\nc.recvmsg(1,64)\n" + then;
        Process engine = new ProcessBuilder("/usr/bin/python3", "-c", script, socket.toString()).start();
        assertEquals("ready", new String(engine.getInputStream().readNBytes(5), StandardCharsets.US_ASCII));
        return engine;
    }

    @Test
    void anEngineLostBeforeItTakesTheCommandMeansRunItCold() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs python3 for a fake engine");
        String jar = "/nowhere/leaving.jar";
        // an engine idling out just as the client came: it hangs up before saying 'A'
        Process engine = fakeEngine(jar, "c.close()\n");
        try {
            EngineFixture.Run r = sh(dir, "I2CKIT_ENGINE_JAR=" + jar + " $C i2ckit --version");
            assertEquals(255, r.code(), r.toString());
            assertEquals("", r.out() + r.err());
        } finally {
            engine.destroy();
        }
    }

    @Test
    void anEngineThatDiesMidCommandGivesOneErrorLineAndExitOne() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs python3 for a fake engine");
        String jar = "/nowhere/dying.jar";
        // takes the whole request and says it runs it, as an engine does, then dies without an answer
        Process engine = fakeEngine(jar, "def take(n):\n  b=b''\n  while len(b)<n:\n    b+=c.recv(n-len(b))\n  return b\n"
                + "take(int.from_bytes(take(4),'big'))\nc.sendall(b'A')\nc.close()\n");
        try {
            EngineFixture.Run r = sh(dir, "I2CKIT_ENGINE_JAR=" + jar + " $C i2ckit --version");
            assertEquals(1, r.code(), r.toString());
            assertEquals("Error: the i2ckit engine stopped in the middle of the command; run it again (the next call"
                    + " starts a fresh engine)\n", r.err());
        } finally {
            engine.destroy();
        }
    }
}
