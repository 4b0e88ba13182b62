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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fan commands on the simulated fan, through the real command line. */
class FanCommandTest {
    @TempDir
    Path dir;

    private CliHarness cli;
    private ByteArrayOutputStream binary;
    private boolean terminal;

    @BeforeEach
    void harness() {
        cli = new CliHarness(dir);
        binary = new ByteArrayOutputStream();
        terminal = false;
    }

    /** Runs with backups kept under the test's folder. */
    private CliHarness.Result run(String... args) {
        return cli.withEnv(Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString()))
                .withBinaryOut(binary, terminal).run(args);
    }

    private byte[] chip() {
        try (SimBus bus = new SimStore(cli.simDir()).open()) {
            return ((EepromChip) bus.chip(0x50)).memory().snapshot();
        }
    }

    private static byte[] encoded(String... strings) {
        return new FanEncoder(FanFont.standard(), FanProfile.standard()).encode(List.of(strings)).bytes();
    }

    private static void assertOneErrorLine(CliHarness.Result r, int code) {
        assertEquals(code, r.code(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().startsWith("Error: "), r.toString());
    }

    @Test
    void programWritesTheEncodedImageAndReadGivesTheTextBack() {
        CliHarness.Result p = run("fan", "program", "Talita, eu te amo");
        assertEquals(0, p.code(), p.toString());
        assertTrue(p.out().startsWith("No dev board here and no --bus: using the simulated fan"), p.out());
        assertTrue(p.out().contains("Saved the current contents to "), p.out());
        assertTrue(p.out().contains("1: \"Talita, eu te amo\"\n   █████·"), p.out());
        byte[] image = encoded("Talita, eu te amo");
        assertArrayEquals(image, Arrays.copyOf(chip(), image.length));

        CliHarness.Result r = run("fan", "read", "--bus", "sim");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("The fan on sim says 1 string (87 of 512 bytes used):\n1: \"Talita, eu te amo\"\n"),
                r.out());
    }

    @Test
    void programmingTheSameMessageAgainWritesNothing() {
        assertEquals(0, run("fan", "program", "Olá", "mundo ♥").code());
        CliHarness.Result again = run("fan", "program", "Olá", "mundo ♥", "--stats");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("Nothing to write: the part already holds the message (53 bytes compared)"),
                again.out());
        assertFalse(again.out().contains("Page writes:"), again.out());
    }

    @Test
    void aChangedMessageWritesOnlyItsChangedPages() {
        assertEquals(0, run("fan", "program", "AAAAAAAAAAAA", "BBBBBBBBBBBB").code());
        // the first string's last character is bytes 2-6 (stored first): one page changes
        CliHarness.Result r = run("fan", "program", "AAAAAAAAAAAC", "BBBBBBBBBBBB", "--stats");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("in 1 page write (7 pages already right), verified"), r.out());
        assertTrue(r.out().contains("Page writes: 1 in "), r.out());
    }

    @Test
    void restorePutsThePreviousMessageBack() {
        assertEquals(0, run("fan", "program", "first").code());
        assertEquals(0, run("fan", "program", "second", "message").code());
        CliHarness.Result r = run("fan", "restore", "--bus", "sim");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Put back the fan's 1 string:\n1: \"first\""), r.out());
        assertTrue(run("fan", "read", "--bus", "sim").out().contains("1: \"first\""));
    }

    @Test
    void restoreListsEachBackupsMessageAndTakesOneByNumber() {
        for (String m : new String[] {"first", "second", "third"}) {
            assertEquals(0, run("fan", "program", "--bus", "sim", m, "x").code());
        }
        CliHarness.Result list = run("fan", "restore", "--bus", "sim", "--list");
        assertEquals(0, list.code(), list.toString());
        String[] lines = list.out().split("\n");
        assertTrue(lines[0].matches(" 1  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  blank \\(every byte 0xff\\)"), lines[0]);
        assertTrue(lines[2].endsWith("UTC  \"first\" and 1 more string"), lines[2]);
        assertTrue(lines[4].endsWith("UTC  \"second\" and 1 more string"), lines[4]);
        assertEquals("    <- a plain 'fan restore' puts this back", lines[6]);

        CliHarness.Result plain = run("fan", "restore", "--bus", "sim", "--no-preview");
        assertTrue(plain.out().startsWith("Restoring backup 3 of 3 (the newest of verified contents): \"second\" and"
                + " 1 more string, saved "), plain.out());
        CliHarness.Result picked = run("fan", "restore", "--bus", "sim", "--no-preview", "2");
        assertEquals(0, picked.code(), picked.toString());
        assertTrue(picked.out().startsWith("Restoring backup 2 of 4: \"first\" and 1 more string"), picked.out());
        assertTrue(run("fan", "read", "--bus", "sim").out().contains("1: \"first\""));
        CliHarness.Result none = run("fan", "restore", "--bus", "sim", "9");
        assertEquals("Error: no backup 9: 'fan restore --list' numbers them 1-5 (a file named 9 goes as ./9)\n",
                none.err());
    }

    @Test
    void dryRunShowsAndWritesNothing() {
        byte[] before = chip();
        CliHarness.Result r = run("fan", "program", "--dry-run", "Hello");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("nothing written (--dry-run)"), r.out());
        assertArrayEquals(before, chip());
    }

    @Test
    void encodeWritesTheImageToAFileOrToAPipeButNotToATerminal() throws Exception {
        Path file = dir.resolve("message.bin");
        assertEquals(0, run("fan", "encode", "string1", "string 2 with space", "-o", file.toString()).code());
        assertArrayEquals(encoded("string1", "string 2 with space"), Files.readAllBytes(file));
        assertEquals(0, run("fan", "encode", "string1", "string 2 with space").code());
        assertArrayEquals(encoded("string1", "string 2 with space"), binary.toByteArray());

        terminal = true;
        binary.reset();
        CliHarness.Result r = run("fan", "encode", "x");
        assertOneErrorLine(r, 2);
        assertEquals(0, binary.size());
    }

    @Test
    void decodeReadsAFileBackAndRefusesAMalformedOne() throws Exception {
        Path file = dir.resolve("m.bin");
        Files.write(file, encoded("Hi", "there"));
        CliHarness.Result r = run("fan", "decode", file.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("1: \"Hi\"") && r.out().contains("2: \"there\""), r.out());

        Files.write(file, new byte[] {3, 9, (byte) 0xbf});
        CliHarness.Result bad = run("fan", "decode", file.toString());
        assertOneErrorLine(bad, 2);
        assertTrue(bad.err().contains("not a fan message: string 1 of 3 says 9 characters"), bad.err());
    }

    @Test
    void badTextIsOneErrorLineSayingWhatAndWhere() {
        CliHarness.Result r = run("fan", "program", "ok", "bad\u2211");
        assertOneErrorLine(r, 2);
        assertTrue(r.err().contains("1 character is not in the font: string 2 (\"bad∑\") character 4 '∑' (U+2211)"), r.err());

        CliHarness.Result control = run("fan", "encode", "two\nlines\u0007", "-o", dir.resolve("x.bin").toString());
        assertOneErrorLine(control, 2);
        assertTrue(control.err().contains("\"two\\nlines\\u0007\""), control.err());

        CliHarness.Result big = run("fan", "program", "x".repeat(120));
        assertOneErrorLine(big, 2);
        assertTrue(big.err().contains("the message needs 602 bytes, 90 more than the fan's 512-byte memory"), big.err());
    }

    @Test
    void fitSplitsALongMessageAndTheLimitsOnlyWarn() {
        CliHarness.Result warned = run("fan", "preview", "a string longer than twenty");
        assertEquals(0, warned.code(), warned.toString());
        assertEquals("Warning: string 1 has 27 characters; this fan may show only the first 20 (--fit splits it)\n",
                warned.err());
        CliHarness.Result fitted = run("fan", "program", "--fit", "a string longer than twenty");
        assertEquals(0, fitted.code(), fitted.toString());
        assertEquals("", fitted.err());
        assertTrue(fitted.out().contains("1: \"a string longer than\"") && fitted.out().contains("2: \"twenty\""), fitted.out());
    }

    @Test
    void aUserFontAddsGlyphs() throws Exception {
        Path font = dir.resolve("mine.txt");
        Files.writeString(font, "char ∑\n#####\n.#...\n..#..\n...#.\n..#..\n.#...\n#####\n");
        CliHarness.Result r = run("fan", "program", "--font", font.toString(), "∑x");
        assertEquals(0, r.code(), r.toString());
        assertTrue(run("fan", "read", "--bus", "sim", "--font", font.toString()).out().contains("1: \"∑x\""));
        CliHarness.Result plain = run("fan", "read", "--bus", "sim");
        assertTrue(plain.out().contains("1: \"?x\"") && plain.out().contains("1 glyph the font does not have"), plain.out());
    }

    @Test
    void picturesAreWrittenAndOutputPathsAreNotClobbered() throws Exception {
        Path png = dir.resolve("p.png");
        Path gif = dir.resolve("f.gif");
        CliHarness.Result r = run("fan", "preview", "Hi", "♥", "--png", png.toString(), "--gif", gif.toString());
        assertEquals(0, r.code(), r.toString());
        BufferedImage picture = ImageIO.read(png.toFile());
        assertTrue(picture.getWidth() > 100 && picture.getHeight() > 100);
        assertEquals("GIF89a", new String(Arrays.copyOf(Files.readAllBytes(gif), 6), java.nio.charset.StandardCharsets.US_ASCII));

        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertOneErrorLine(run("fan", "encode", "x", "-o", folder.toString()), 2);
        assertTrue(Files.isDirectory(folder));

        Path target = dir.resolve("target.bin");
        Path link = Files.createSymbolicLink(dir.resolve("link.bin"), target.getFileName());
        assertEquals(0, run("fan", "encode", "x", "-o", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(encoded("x"), Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void fontListsShowsAndDrawsTheGlyphs() throws Exception {
        CliHarness.Result list = run("fan", "font");
        assertEquals(0, list.code(), list.toString());
        assertTrue(list.out().startsWith("152 characters (and the space):\n!\"#$%&"), list.out());
        CliHarness.Result show = run("fan", "font", "--show", "T");
        assertEquals("char T\n#####\n..#..\n..#..\n..#..\n..#..\n..#..\n..#..\n", show.out());
        Path sheet = dir.resolve("sheet.png");
        assertEquals(0, run("fan", "font", "--png", sheet.toString()).code());
        assertTrue(ImageIO.read(sheet.toFile()).getWidth() > 500);
    }

    @Test
    void showingAMissingGlyphGivesABlankTemplateThatAFontFileTakes() throws Exception {
        CliHarness.Result r = run("fan", "font", "--show", "ø");
        assertEquals(0, r.code(), r.toString());
        assertEquals("char ø\n" + ".....\n".repeat(7), r.out());
        assertTrue(r.err().startsWith("'ø' (U+00F8) is not in the font: below is a blank glyph"), r.err());
        Path font = dir.resolve("o.txt");
        Files.writeString(font, r.out().replaceFirst("\\.\\.\\.\\.\\.", "#####"));
        CliHarness.Result p = run("fan", "preview", "--font", font.toString(), "ø");
        assertEquals(0, p.code(), p.toString());
        assertTrue(p.out().contains("1: \"ø\"\n   █████\n   ·····\n"), p.out());
    }
}
