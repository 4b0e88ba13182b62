// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The eeprom commands on the simulated fan, through the real command line. */
class EepromCommandTest {
    @TempDir
    Path dir;

    private CliHarness cli;
    private Path image;
    private byte[] bytes;

    @BeforeEach
    void randomImage() throws Exception {
        cli = new CliHarness(dir);
        bytes = new byte[512];
        new Random(7).nextBytes(bytes);
        image = dir.resolve("image.bin");
        Files.write(image, bytes);
    }

    /** Runs with backups kept under the test's folder. */
    private CliHarness.Result run(String... args) {
        return cli.withEnv(Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString())).run(args);
    }

    private byte[] chip() {
        try (SimBus bus = new SimStore(cli.simDir()).open()) {
            return ((EepromChip) bus.chip(0x50)).memory().snapshot();
        }
    }

    private List<Path> backups() throws Exception {
        try (var files = Files.list(dir.resolve("backups"))) {
            return files.filter(f -> f.toString().endsWith(".bin")).sorted().toList(); // not the journal
        }
    }

    private static Path savedBackup(String out) {
        Matcher m = Pattern.compile("Saved the current contents to (\\S+)").matcher(out);
        assertTrue(m.find(), out);
        return Path.of(m.group(1));
    }

    @Test
    void writeBacksUpWritesAndVerifies() throws Exception {
        CliHarness.Result r = run("eeprom", "write", "--bus", "sim", image.toString());
        assertEquals(0, r.code(), r.toString());
        assertArrayEquals(bytes, chip());
        Path backup = savedBackup(r.out());
        assertTrue(backup.getFileName().toString().matches("sim-0x50-t24c04a-\\d{8}T\\d{6}\\.\\d{3}Z\\.bin"), backup.toString());
        assertArrayEquals(filled(0xff), Files.readAllBytes(backup), "the part was erased before");
        int changed = 0;
        for (byte b : bytes) {
            changed += b != (byte) 0xff ? 1 : 0;
        }
        assertTrue(r.out().contains(changed + " bytes changed in 32 page writes (0 pages already right), verified"),
                r.out());
    }

    private static byte[] filled(int v) {
        byte[] b = new byte[512];
        java.util.Arrays.fill(b, (byte) v);
        return b;
    }

    @Test
    void rewritingTheSameImageWritesNothingAndSavesNoBackup() throws Exception {
        run("eeprom", "write", "--bus", "sim", image.toString());
        CliHarness.Result again = run("eeprom", "write", "--bus", "sim", "--stats", image.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().startsWith("Read " + image + " as raw bytes (its name): 512 bytes\n"
                + "Nothing to write: the part already holds"), again.out());
        assertTrue(again.out().contains("Bus sim: 2 transactions"), "one read of each block address: " + again.out());
        assertEquals(1, backups().size());
    }

    @Test
    void statsCompareThePageWritesWithTheLeastPossible() {
        CliHarness.Result r = run("eeprom", "write", "--bus", "sim", "--stats", image.toString());
        assertTrue(r.out().contains("Page writes: 32 in "), r.out());
        assertTrue(r.out().contains("the least possible is 212.480 ms (each page's bits, then tWR 5.0 ms): 1.0"), r.out());
    }

    @Test
    void dryRunShowsTheChangesAndWritesNothing() {
        CliHarness.Result r = run("eeprom", "write", "--bus", "sim", "--dry-run", image.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("bytes\nWould change 51"), r.out());
        assertTrue(r.out().contains("000 part ff ff"), r.out());
        assertArrayEquals(filled(0xff), chip());
        assertFalse(Files.exists(dir.resolve("backups")));
    }

    @Test
    void verifyAndDiffReportDifferencesWithExitOne() {
        run("eeprom", "write", "--bus", "sim", image.toString());
        assertEquals(0, run("eeprom", "verify", "--bus", "sim", image.toString()).code());
        CliHarness.Result diffSame = run("eeprom", "diff", "--bus", "sim", image.toString());
        assertEquals("Read " + image + " as raw bytes (its name): 512 bytes\nNo differences (512 bytes compared)\n",
                diffSame.out());
        run("set", "-y", "sim", "0x50", "0x10", "0x00");
        CliHarness.Result verify = run("eeprom", "verify", "--bus", "sim", image.toString());
        assertEquals(1, verify.code());
        assertTrue(verify.err().startsWith("Error: 1 of 512 bytes differs from "), verify.err());
        assertTrue(verify.err().contains("at 0x010"), verify.err());
        CliHarness.Result diff = run("eeprom", "diff", "--bus", "sim", image.toString());
        assertEquals(1, diff.code());
        assertTrue(diff.out().startsWith("Read " + image + " as raw bytes (its name): 512 bytes\n010 part 00 "), diff.out());
        assertTrue(diff.out().contains("\n     file " + String.format("%02x", bytes[0x10] & 0xff)), diff.out());
        assertTrue(diff.out().contains("\n          ^^\n"), diff.out());
    }

    @Test
    void powerCutMidWriteFailsSaysSoAndRestoreBringsTheOriginalBack() throws Exception {
        run("eeprom", "write", "--bus", "sim", image.toString());
        run("sim", "fault", "--power-cut-after", "1000");
        CliHarness.Result erase = run("eeprom", "erase", "--bus", "sim");
        assertEquals(1, erase.code(), erase.toString());
        Path backup = savedBackup(erase.out());
        assertArrayEquals(bytes, Files.readAllBytes(backup), "the backup is the original");
        assertTrue(erase.err().startsWith("Error: the write failed: "), erase.err());
        assertTrue(erase.err().contains("put them back with 'i2ckit eeprom restore --bus sim --addr 0x50 --chip t24c04a "
                + backup + "'"), erase.err());
        assertEquals(1, erase.err().lines().count());
        assertFalse(java.util.Arrays.equals(bytes, chip()), "the erase got part of the way");

        CliHarness.Result restore = run("eeprom", "restore", "--bus", "sim", backup.toString());
        assertEquals(0, restore.code(), restore.toString());
        assertArrayEquals(bytes, chip(), "byte for byte");
    }

    @Test
    void aRestoreCutShortPointsAtTheLastVerifiedBackupAndAPlainRestoreReachesIt() throws Exception {
        run("eeprom", "write", "--bus", "sim", image.toString());
        run("sim", "fault", "--power-cut-after", "1000");
        CliHarness.Result erase = run("eeprom", "erase", "--bus", "sim");
        Path verified = savedBackup(erase.out());
        run("sim", "fault", "--power-cut-after", "900");
        CliHarness.Result cut = run("eeprom", "restore", "--bus", "sim");
        assertEquals(1, cut.code(), cut.toString());
        assertTrue(cut.out().startsWith("Restoring " + verified + ": the newest backup of verified contents"), cut.out());
        assertTrue(cut.err().contains("the part was already torn before it (saved in " + savedBackup(cut.out())
                + "); 'i2ckit eeprom restore --bus sim --addr 0x50 --chip t24c04a' puts back the last verified contents, "
                + verified), cut.err());
        CliHarness.Result list = run("eeprom", "restore", "--bus", "sim", "--list");
        assertTrue(list.out().contains(verified + "  before an erase, verified contents; the erase failed or did not finish"
                + "  <- a plain restore puts this back"), list.out());
        assertTrue(list.out().contains("before a restore, torn contents; the restore failed or did not finish"), list.out());

        assertEquals(0, run("eeprom", "restore", "--bus", "sim").code());
        assertArrayEquals(bytes, chip(), "the contents before the first failure");
    }

    @Test
    void restoreWithoutAFileTakesTheNewestBackupAndCanItselfBeUndone() throws Exception {
        run("eeprom", "write", "--bus", "sim", image.toString()); // backup 1: erased
        CliHarness.Result restore = run("eeprom", "restore", "--bus", "sim"); // backup 2: the image
        assertEquals(0, restore.code(), restore.toString());
        assertArrayEquals(filled(0xff), chip());
        assertEquals(2, backups().size());
        run("eeprom", "restore", "--bus", "sim");
        assertArrayEquals(bytes, chip());
        CliHarness.Result list = run("eeprom", "restore", "--bus", "sim", "--list");
        assertEquals(3, list.out().lines().count(), list.out());
    }

    @Test
    void eioMidWriteFails() {
        run("sim", "fault", "--eio", "5");
        CliHarness.Result r = run("eeprom", "write", "--bus", "sim", image.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Input/output error (errno 5)"), r.err());
        assertTrue(r.err().contains("eeprom restore"), r.err());
    }

    @Test
    void writeProtectedPartIsNamedAsSuch() {
        run("sim", "wp", "0x50", "on");
        CliHarness.Result r = run("eeprom", "write", "--bus", "sim", image.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("the write-protect (WP) pin may be high"), r.err());
    }

    @Test
    void eitherAddressOfTheTwoAddressPartNamesItForWriteProtect() {
        CliHarness.Result wp = run("sim", "wp", "0x51", "on");
        assertEquals(0, wp.code(), wp.toString());
        assertEquals("Write protect of the EEPROM at 0x50: on\n", wp.out());
        assertEquals(1, run("eeprom", "write", "--bus", "sim", image.toString()).code());
    }

    @Test
    void outputPathsAreNeverClobbered() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        CliHarness.Result d = run("eeprom", "read", "--bus", "sim", "-o", folder.toString());
        assertEquals(2, d.code(), d.toString());
        assertTrue(Files.isDirectory(folder));

        Path target = dir.resolve("real.bin");
        Path link = Files.createSymbolicLink(dir.resolve("link.bin"), target);
        assertEquals(0, run("eeprom", "read", "--bus", "sim", "-o", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(512, Files.size(target));

        Path full = Path.of("/dev/full");
        if (Files.exists(full) && !Files.isRegularFile(full)) {
            CliHarness.Result r = run("eeprom", "read", "--bus", "sim", "-o", full.toString());
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().startsWith("Error: cannot write /dev/full: No space left on device"), r.err());
            assertFalse(Files.isRegularFile(full), "the device is still a device");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no leftovers");
        }
    }

    @Test
    void aMalformedDumpRowIsRefusedWithItsLineNotSkipped() throws Exception {
        Path dump = dir.resolve("fan.txt");
        Files.writeString(dump, "     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef\n"
                + "00: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f    ................\n"
                + "70: 12 34 zz 56 78\n");
        CliHarness.Result r = run("eeprom", "write", "--bus", "sim", dump.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("Error: " + dump + ", read as i2cdump text (its name): dump line 3:"
                + " '70: 12 34 zz 56 78' is not a whole row"), r.err());
        assertFalse(Files.exists(dir.resolve("backups")), "nothing was touched");
    }

    @Test
    void aFileIsReadAsItsNameSaysAndRefusedWhenItIsNotThat() throws Exception {
        Path garbage = dir.resolve("g.hex");
        Files.writeString(garbage, "garbage\n");
        for (String command : new String[] {"write", "verify", "diff", "restore"}) {
            CliHarness.Result r = run("eeprom", command, "--bus", "sim", garbage.toString());
            assertEquals(2, r.code(), command + ": " + r);
            assertTrue(r.err().startsWith("Error: " + garbage + ", read as Intel HEX (its name): "), r.err());
            assertTrue(r.err().endsWith("; if it is another format, say which with --format raw|hex|dump\n"), r.err());
        }
        assertArrayEquals(filled(0xff), chip());
        assertFalse(Files.exists(dir.resolve("backups")), "nothing was touched");

        Path hex = dir.resolve("part.hex");
        Files.writeString(hex, ":0400100001020304E2\n:00000001FF\n");
        CliHarness.Result ok = run("eeprom", "write", "--bus", "sim", hex.toString());
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(ok.out().startsWith("Read " + hex + " as Intel HEX (its name): 4 bytes\n"), ok.out());
        CliHarness.Result forced = run("eeprom", "write", "--bus", "sim", "--format", "raw", "--offset", "0x20",
                garbage.toString());
        assertEquals(0, forced.code(), forced.toString());
        assertTrue(forced.out().startsWith("Read " + garbage + " as raw bytes (--format): 8 bytes\n"), forced.out());
        Path unnamed = dir.resolve("image");
        Files.writeString(unnamed, ":0400100001020304E2\n:00000001FF\n");
        assertTrue(run("eeprom", "verify", "--bus", "sim", unnamed.toString()).out()
                .startsWith("Read " + unnamed + " as Intel HEX (its content): 4 bytes\n"));
    }

    @Test
    void anAnswerIsPrintedOnlyWholeAndAnErrorIsOneLineWhateverItQuotes() {
        CliHarness.Result info = run("eeprom", "info", "--bus", "no\nsuch");
        assertEquals("", info.out(), info.toString());
        assertEquals(1, info.err().lines().count(), info.toString());
        assertTrue(info.err().contains("no\\nsuch"), info.err());
    }

    @Test
    void anAddressAKernelDriverOwnsNeedsForce() {
        run("sim", "driver", "0x51", "at24");
        CliHarness.Result r = run("eeprom", "write", "--bus", "sim", image.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("Error: 0x51 on sim belongs to a kernel driver"), r.err());
        assertTrue(r.err().contains("echo sim-0051 > /sys/bus/i2c/drivers/at24/unbind"), r.err());
        assertEquals(0, run("eeprom", "write", "--bus", "sim", "--force", image.toString()).code());
    }

    @Test
    void readWritesEachFormatAndTheFilesGoBackIn() throws Exception {
        run("eeprom", "write", "--bus", "sim", image.toString());
        for (String name : List.of("copy.bin", "copy.hex", "copy.txt")) {
            Path file = dir.resolve(name);
            assertEquals(0, run("eeprom", "read", "--bus", "sim", "-o", file.toString()).code());
            run("eeprom", "erase", "--bus", "sim");
            CliHarness.Result w = run("eeprom", "write", "--bus", "sim", file.toString());
            assertEquals(0, w.code(), w.toString());
            assertArrayEquals(bytes, chip(), name);
        }
        assertTrue(Files.readString(dir.resolve("copy.hex")).startsWith(":10000000"));
        assertTrue(Files.readString(dir.resolve("copy.txt")).contains("# bytes 0x100-0x1ff (address 0x51)"));
    }

    @Test
    void aPastedDumpWithUnreadableCellsWritesOnlyWhatItShows() throws Exception {
        Path dump = dir.resolve("forum.txt");
        Files.writeString(dump, """
                root@bbb:~# i2cdump -y -r 0x00-0x0f 2 0x50 b
                     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef
                00: 48 45 4c 4c 4f XX 46 41 4e 00 00 00 00 00 00 00    HELLO.FAN.......
                """);
        CliHarness.Result r = run("eeprom", "write", "--bus", "sim", dump.toString());
        assertEquals(0, r.code(), r.toString());
        byte[] chip = chip();
        assertEquals('H', chip[0]);
        assertEquals((byte) 0xff, chip[5], "the XX cell is left alone");
        assertEquals((byte) 0xff, chip[16]);
    }

    @Test
    void readShowsDumpTablesAndRefusesRawToTheTerminal() {
        CliHarness.Result r = run("eeprom", "read", "--bus", "sim", "--length", "16");
        assertEquals("""
                # bytes 0x000-0x00f (address 0x50)
                     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef
                00: ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff    ................
                """, r.out());
        assertEquals(2, run("eeprom", "read", "--bus", "sim", "--format", "raw").code());
    }

    @Test
    void infoShowsThePartThePathsAndWhetherItAnswers() {
        CliHarness.Result r = run("eeprom", "info", "--bus", "sim");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("answers 0x50-0x51, write cycle up to 5 ms"), r.out());
        assertTrue(r.out().contains("Reads:   plain I2C: sequential reads"), r.out());
        assertTrue(r.out().contains("Answers: yes"), r.out());
        CliHarness.Result absent = run("eeprom", "info", "--bus", "sim", "--addr", "0x54");
        assertTrue(absent.out().contains("Answers: no: nothing acknowledges at 0x54"), absent.out());
        assertTrue(run("eeprom", "info", "--list").out().contains("24c256"));
    }

    @Test
    void badInputGetsOneErrorLine() throws Exception {
        assertUsage(run("eeprom", "write", image.toString()), "Error: say which bus the part is on");
        assertUsage(run("eeprom", "write", "--bus", "sim", dir.resolve("none.bin").toString()), "Error: ");
        Files.write(dir.resolve("big.bin"), new byte[600]);
        assertUsage(run("eeprom", "write", "--bus", "sim", dir.resolve("big.bin").toString()),
                "Error: " + dir.resolve("big.bin") + " holds 600 bytes; from offset 0x0 the t24c04a has room for 512");
        assertUsage(run("eeprom", "write", "--bus", "sim", "--chip", "24c99", image.toString()), "Error: unknown EEPROM '24c99'");
        assertUsage(run("eeprom", "write", "--bus", "sim", "--addr", "0x51", image.toString()),
                "Error: a t24c04a answers 2 addresses starting at a multiple of 2; 0x51 is not one");
        assertUsage(run("eeprom", "write", "--bus", "sim", "--page-size", "12", image.toString()), "Error: --page-size 12");
        Files.writeString(dir.resolve("bad.hex"), ":0400100001020304E3\n:00000001FF\n");
        assertUsage(run("eeprom", "write", "--bus", "sim", dir.resolve("bad.hex").toString()),
                "Error: " + dir.resolve("bad.hex") + ", read as Intel HEX (its name): Intel HEX line 1: checksum mismatch");
    }

    private static void assertUsage(CliHarness.Result r, String start) {
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().startsWith(start), r.toString());
    }

    @Test
    void benchPrintsItsFigures() {
        CliHarness.Result r = run("eeprom", "bench");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("full write of a random image, plain I2C (page writes)"), r.out());
        assertTrue(r.out().contains("212.480 ms"), r.out());
    }
}
