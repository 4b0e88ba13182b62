// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.parity;

import io.i2ckit.cli.Session;
import io.i2ckit.cli.tools.Tool;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.kernel.KernelBench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The i2c-tools oracle: every scenario of {@code parity/scenarios.txt} runs under Debian's
 * i2c-tools and under i2ckit on the same freshly seeded i2c-stub, and must give the same stdout,
 * exit status and chip contents; each i2c-tools stderr line must begin the matching line of ours.
 * Ours runs twice: in this JVM (a cold run's code path) and as a drop-in through the resident
 * engine and its native client, as a script calls it; a last test checks that the engine, not a
 * cold fallback, served every one of those.
 */
@Tag("kernel")
class I2cToolsParityKernelTest {
    private static final int[] CHIPS = {0x03, 0x30, 0x48, 0x50, 0x51, 0x77};

    @BeforeAll
    static void stub() {
        KernelBench.requireGuest();
        KernelBench.reloadStub(KernelBench.STUB_CHIPS, null);
    }

    @AfterAll
    static void unbind() {
        KernelBench.unbindAll();
    }

    @TestFactory
    Stream<DynamicTest> eachScenarioMatchesI2cTools() throws IOException {
        String bus = Integer.toString(KernelBench.stubBus());
        List<Scenario> scenarios = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/parity/scenarios.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String l = lines[n].strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    scenarios.add(Scenario.parse(n + 1, l, bus));
                }
            }
        }
        EngineDropIns engine = EngineDropIns.ofCheckout();
        long servedBefore = engine.served();
        return Stream.concat(scenarios.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> check(s, bus, engine))),
                Stream.of(DynamicTest.dynamicTest("the engine served every scenario's drop-in", () ->
                        assertEquals(scenarios.size() + 1, engine.served() - servedBefore,
                                "commands the engine ran (the scenarios and this status); fewer means some ran cold"))));
    }

    private record Outcome(int exit, String out, String err, Map<Integer, List<Integer>> chips) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static void check(Scenario s, String bus, EngineDropIns dropIns) {
        Outcome theirs = side(s, bus, () -> {
            List<String> command = new ArrayList<>(List.of(s.program()));
            command.addAll(s.args());
            KernelBench.Run r = KernelBench.runWithInput(s.stdin() == null ? "" : s.stdin(),
                    command.toArray(new String[0]));
            return new Outcome(r.exit(), r.out(), r.err(), null);
        });
        Outcome ours = side(s, bus, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Session session = new Session(new PrintWriter(out), new PrintWriter(err),
                    new BufferedReader(new StringReader(s.stdin() == null ? "" : s.stdin())), Map.of(),
                    BusEnvironment.system(), false);
            java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream(); // i2ctransfer -b
            session.setBinaryOut(binary, false);
            int exit = Tool.named(s.program()).orElseThrow().run(session, s.args());
            session.out().flush();
            session.err().flush();
            return new Outcome(exit, out + binary.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString(), null);
        });
        compare(s, theirs, ours, "i2ckit");
        Outcome engine = side(s, bus, () -> {
            KernelBench.Run r = dropIns.run(s.stdin() == null ? "" : s.stdin(), s.program(), s.args());
            return new Outcome(r.exit(), r.out(), r.err(), null);
        });
        compare(s, theirs, engine, "i2ckit through the engine");
    }

    private static void compare(Scenario s, Outcome theirs, Outcome ours, String who) {
        String both = "\n=== i2c-tools\n" + theirs + "=== " + who + "\n" + ours;
        assertEquals(theirs.out(), ours.out(), "stdout" + both);
        if (s.mismatchExitsOne()) {
            assertTrue(theirs.out().startsWith("Warning - data mismatch"), "the line should mismatch" + both);
            assertEquals(0, theirs.exit(), "exit status" + both);
            assertEquals(1, ours.exit(), "exit status" + both);
        } else {
            assertEquals(theirs.exit(), ours.exit(), "exit status" + both);
        }
        assertEquals(theirs.chips(), ours.chips(), "chip contents afterwards" + both);
        if (!s.stdoutOnly()) {
            List<String> t = theirs.err().lines().toList();
            List<String> o = ours.err().lines().toList();
            assertEquals(t.size(), o.size(), "stderr lines" + both);
            for (int i = 0; i < t.size(); i++) {
                assertTrue(o.get(i).startsWith(t.get(i)), "stderr line " + (i + 1) + both);
            }
            assertEquals(theirs.err().endsWith("\n"), ours.err().endsWith("\n"), "stderr ends a line" + both);
        }
    }

    private interface Runner {
        Outcome run();
    }

    /** Whether a side since the last seeding may have changed what the chips hold. */
    private static boolean dirty = true;

    /**
     * Seeds the chips (again only if a side may have written them; the address pointers always),
     * sets up the driver, runs one side, and reads back what the chips hold if it may have written.
     */
    private static Outcome side(Scenario s, String bus, Runner runner) {
        if (dirty) {
            seed(bus);
            dirty = false;
        } else {
            resetPointers(bus);
        }
        dirty = s.mayWrite(); // before running: a side that fails half-way may have written
        if (s.driverAt() >= 0) {
            KernelBench.bindDriver("at24", "24c04", s.driverAt());
        }
        Outcome o;
        try {
            o = runner.run();
        } finally {
            KernelBench.unbindAll();
        }
        return s.mayWrite() ? new Outcome(o.exit(), o.out(), o.err(), contents(bus)) : o;
    }

    /** Word n of chip a: both bytes vary with the chip and the register, low bytes covering printable text. */
    static int seedWord(int chip, int register) {
        return ((chip * 7 + register * 13) & 0xff) | (((register * 29 + chip) & 0xff) << 8);
    }

    private static void seed(String bus) {
        try (I2cBus b = I2cBuses.open(bus)) {
            for (int chip : CHIPS) {
                I2cDevice dev = b.device(chip);
                for (int r = 0; r < 256; r++) {
                    dev.writeWordData(r, seedWord(chip, r));
                }
                dev.sendByte(0); // the stub's pointer, for receive byte
            }
        }
    }

    private static void resetPointers(String bus) {
        try (I2cBus b = I2cBuses.open(bus)) {
            for (int chip : CHIPS) {
                b.device(chip).sendByte(0);
            }
        }
    }

    private static Map<Integer, List<Integer>> contents(String bus) {
        Map<Integer, List<Integer>> all = new LinkedHashMap<>();
        try (I2cBus b = I2cBuses.open(bus)) {
            for (int chip : CHIPS) {
                List<Integer> words = new ArrayList<>();
                I2cDevice dev = b.device(chip);
                for (int r = 0; r < 256; r++) {
                    words.add(dev.readWordData(r));
                }
                all.put(chip, words);
            }
        } catch (I2cException e) {
            throw new AssertionError("cannot read the chips back: " + e.getMessage(), e);
        }
        return all;
    }
}
