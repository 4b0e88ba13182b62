// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanProfile;
import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two callers served by one JVM at once, as a resident engine will serve them: each request has
 * its own working directory, environment and streams, and sees only its own.
 */
class RequestsInOneJvmTest {
    @TempDir
    Path dir;

    /** A caller's request: its directory, its environment (home, config, backups) and its simulated bus. */
    private record Caller(Path home, String text) {
        Session session(StringWriter out, StringWriter err) {
            Map<String, String> env = Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                    "I2CKIT_BACKUP_DIR", home.resolve("backups").toString());
            Session s = new Session(new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                    env, new BusEnvironment(home.resolve("dev"), home.resolve("sys"), home.resolve("lock"),
                    Map.of(SimStore.DIR_VARIABLE, home.resolve("sim").toString())), false);
            s.setWorkingDirectory(home.resolve("work"));
            return s;
        }
    }

    private static byte[] encoded(String text) {
        return new FanEncoder(FanFont.standard(), FanProfile.standard()).encode(List.of(text)).bytes();
    }

    /** Runs the command lines in order for {@code caller}; returns everything it printed. */
    private static String runAll(Caller caller, List<String[]> lines) {
        StringBuilder all = new StringBuilder();
        for (String[] args : lines) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(caller.session(out, err), args);
            assertEquals(0, code, String.join(" ", args) + ": " + out + err);
            all.append(out).append(err);
        }
        return all.toString();
    }

    @Test
    void twoCallersAtOnceEachSeeOnlyTheirOwnDirectoryEnvironmentAndStreams() throws Exception {
        List<Caller> callers = new ArrayList<>();
        for (String name : new String[] {"ana", "bruno"}) {
            Path home = Files.createDirectories(dir.resolve(name));
            Files.createDirectories(home.resolve("work"));
            // the same relative font file name, a different glyph for '∑' in each directory
            String glyph = name.equals("ana") ? "#####\n" : ".....\n";
            Files.writeString(home.resolve("work/mine.txt"), "char ∑\n" + glyph.repeat(7));
            callers.add(new Caller(home, name.toUpperCase()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<String>> runs = new ArrayList<>();
                for (Caller c : callers) {
                    Callable<String> job = () -> runAll(c, List.of(
                            new String[] {"fan", "program", "--bus", "sim", "--no-preview", c.text()},
                            new String[] {"fan", "encode", "-o", "out.bin", c.text()},
                            new String[] {"eeprom", "read", "--bus", "sim", "--length", "16", "-o", "read.bin"},
                            new String[] {"fan", "preview", "--font", "mine.txt", "∑"}));
                    runs.add(pool.submit(job));
                }
                for (int i = 0; i < callers.size(); i++) {
                    Caller c = callers.get(i);
                    Caller other = callers.get(1 - i);
                    String printed = runs.get(i).get();
                    Path work = c.home().resolve("work");
                    assertArrayEquals(encoded(c.text()), Files.readAllBytes(work.resolve("out.bin")));
                    byte[] read = Files.readAllBytes(work.resolve("read.bin"));
                    assertArrayEquals(java.util.Arrays.copyOf(encoded(c.text()), 16), read, "its own simulated fan");
                    assertTrue(printed.contains("1: \"" + c.text() + "\""), printed);
                    assertFalse(printed.contains(other.text()), "nothing of the other caller: " + printed);
                    if (round == 0) {
                        assertTrue(printed.contains("Saved the current contents to " + c.home().resolve("backups")),
                                "its own backups: " + printed);
                    }
                    String drawn = c.text().equals("ANA") ? "█████" : "·····";
                    assertTrue(printed.contains("1: \"∑\"\n   " + drawn + "\n"), "its own font file: " + printed);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse(Files.exists(Path.of("out.bin")), "nothing in the JVM's own directory");
    }
}
