// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanProfile;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user types after a fan command is text for the fan, never an option or a file by accident. */
class FanMessageTextTest {
    @TempDir
    Path dir;

    private CliHarness cli;
    private ByteArrayOutputStream binary;

    @BeforeEach
    void harness() {
        cli = new CliHarness(dir);
        binary = new ByteArrayOutputStream();
    }

    private CliHarness.Result run(String... args) {
        return cli.withEnv(Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString()))
                .withBinaryOut(binary, false).run(args);
    }

    private byte[] chip() {
        try (SimBus bus = new SimStore(cli.simDir()).open()) {
            return ((EepromChip) bus.chip(0x50)).memory().snapshot();
        }
    }

    private static byte[] encoded(String... strings) {
        return new FanEncoder(FanFont.standard(), FanProfile.standard()).encode(List.of(strings)).bytes();
    }

    private void assertOnFan(String... strings) {
        byte[] image = encoded(strings);
        assertArrayEquals(image, Arrays.copyOf(chip(), image.length), String.join("|", strings));
    }

    @Test
    void aMessageThatStartsWithADashIsProgrammed() {
        for (String text : new String[] {"-Vamos!", "-hi-", "-o", "-", "-5"}) {
            CliHarness.Result r = run("fan", "program", "--bus", "sim", text);
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("1: \"" + text + "\""), r.out());
            assertOnFan(text);
        }
        CliHarness.Result mixed = run("fan", "program", "-Vamos!", "--bus", "sim", "--no-preview", "x");
        assertEquals(0, mixed.code(), mixed.toString());
        assertOnFan("-Vamos!", "x");
    }

    @Test
    void encodeAndPreviewTakeDashStringsToo() {
        CliHarness.Result e = run("fan", "encode", "-hi-", "-Vamos!");
        assertEquals(0, e.code(), e.toString());
        assertArrayEquals(encoded("-hi-", "-Vamos!"), binary.toByteArray());
        CliHarness.Result p = run("fan", "preview", "--no-preview", "-hi-");
        assertEquals(0, p.code(), p.toString());
        assertTrue(p.out().contains("1: \"-hi-\""), p.out());
    }

    @Test
    void anOptionItselfOrAnythingAfterTheDoubleDashIsText() {
        CliHarness.Result help = run("fan", "program", "-h");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: i2ckit fan program"), help.out());
        CliHarness.Result literal = run("fan", "program", "--bus", "sim", "--", "-h", "--fit");
        assertEquals(0, literal.code(), literal.toString());
        assertOnFan("-h", "--fit");
    }

    @Test
    void aMistypedLongOptionIsAnErrorAndWritesNothing() {
        byte[] before = chip();
        CliHarness.Result r = run("fan", "program", "--dryrun", "hello");
        assertEquals(2, r.code(), r.toString());
        assertEquals("Error: unknown option '--dryrun' for 'i2ckit fan program': see its --help; to put it on the fan"
                + " as a string, write it after '--'\n", r.err());
        assertArrayEquals(before, chip());
    }

    @Test
    void versionOnASubcommandPrintsTheVersion() {
        for (String[] args : new String[][] {{"fan", "program", "-V"}, {"eeprom", "read", "--version"}, {"fan", "-V"}}) {
            CliHarness.Result r = run(args);
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().matches("i2ckit \\S+\n"), String.join(" ", args) + ": " + r.out());
        }
    }

    @Test
    void aWordIsTextInEveryFanCommandEvenWhereAFileHasItsName() throws Exception {
        Path oi = dir.resolve("Oi");
        Files.write(oi, encoded("from a file"));
        CliHarness.Result p = run("fan", "preview", "--no-preview", oi.toString());
        assertEquals(0, p.code(), p.toString());
        assertTrue(p.out().contains("1: \"" + oi + "\""), p.out());
        assertFalse(p.out().contains("from a file"), p.out());
    }

    @Test
    void decomposedTextIsComposedFirst() {
        CliHarness.Result r = run("fan", "program", "--bus", "sim", "--no-preview", "cafe\u0301");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("1: \"caf\u00e9\""), r.out());
        assertOnFan("caf\u00e9");
    }

    @Test
    void fitKeepsStringsThatFitAsTyped() {
        CliHarness.Result r = run("fan", "program", "--bus", "sim", "--fit", "  centrado  ", "a  b   c");
        assertEquals(0, r.code(), r.toString());
        assertOnFan("  centrado  ", "a  b   c");
    }

    @Test
    void anUnwritablePictureStopsTheProgramBeforeAnyWrite() {
        byte[] before = chip();
        for (String option : new String[] {"--png", "--gif"}) {
            CliHarness.Result r = run("fan", "program", "--bus", "sim", "x", option, "/nonexistent/dir/x.png");
            assertEquals(1, r.code(), r.toString());
            assertEquals("Error: cannot write /nonexistent/dir/x.png: its folder /nonexistent/dir does not exist"
                    + " (nothing was done)\n", r.err());
            assertArrayEquals(before, chip());
            assertFalse(Files.exists(dir.resolve("backups")), "no backup either");
        }
    }

    @Test
    void noPreviewKeepsTheTextAndDropsTheDrawing() throws Exception {
        CliHarness.Result r = run("fan", "program", "--bus", "sim", "--no-preview", "Hello", "world");
        assertTrue(r.out().endsWith("used, 459 free):\n1: \"Hello\"\n2: \"world\"\n"), r.out());
        Path file = dir.resolve("m.bin");
        Files.write(file, encoded("Hi"));
        CliHarness.Result d = run("fan", "decode", "--no-preview", file.toString());
        assertEquals(file + ": 1 string (12 bytes)\n1: \"Hi\"\n", d.out());
    }

    @Test
    void aFontThatIsAFolderIsNamedAsOne() {
        CliHarness.Result r = run("fan", "preview", "--font", dir.toString(), "x");
        assertEquals("Error: --font " + dir + " is a directory: name a font file\n", r.err());
        assertEquals(2, r.code());
    }
}
