// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.cli.Main;
import io.i2ckit.cli.Session;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fan programmer on the bench's real kernel: i2c-stub's chips at 0x50 and 0x51 are the two
 * halves of the fan's 24C04; Debian's i2cdump confirms the bytes; the ascii2fan launcher and
 * {@code i2ckit fan encode} run as the processes a user starts.
 */
@Tag("kernel")
class FanKernelTest {
    private static final List<String> MESSAGE = List.of("Talita, eu te amo", "muito ♥", "x".repeat(60));

    @TempDir
    Path dir;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
        KernelBench.reloadStub("0x50,0x51", null);
    }

    @AfterAll
    static void asFound() {
        KernelBench.reloadStub(KernelBench.STUB_CHIPS, null);
    }

    private CliHarness.Result i2ckit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString()), BusEnvironment.system(), false);
        int code = Main.run(session, args);
        return new CliHarness.Result(code, out.toString(), err.toString());
    }

    /** Both halves as Debian's i2cdump shows them, as bytes. */
    private static byte[] i2cdump(int bus) {
        byte[] all = new byte[512];
        for (int half = 0; half < 2; half++) {
            String table = KernelBench.ok(KernelBench.run("i2cdump", "-y", Integer.toString(bus),
                    "0x5" + half, "b")).out();
            for (String line : table.lines().toList()) {
                if (!line.matches("[0-9a-f]0: .*")) {
                    continue;
                }
                int row = Integer.parseInt(line.substring(0, 2), 16);
                String[] cells = line.substring(4, 4 + 16 * 3 - 1).split(" ");
                for (int k = 0; k < 16; k++) {
                    all[half * 256 + row + k] = (byte) Integer.parseInt(cells[k], 16);
                }
            }
        }
        return all;
    }

    @Test
    void programThenReadOnTheStubAndI2cdumpSeesTheImage() {
        String bus = Integer.toString(KernelBench.stubBus());
        CliHarness.Result p = i2ckit("fan", "program", "--bus", bus, "--no-preview", MESSAGE.get(0), MESSAGE.get(1),
                MESSAGE.get(2), "--stats");
        assertEquals(0, p.code(), p.toString());
        byte[] image = new FanEncoder(FanFont.standard(), FanProfile.standard()).encode(MESSAGE).bytes();
        assertTrue(image.length > 256, "the message reaches into 0x51");
        assertArrayEquals(image, Arrays.copyOf(i2cdump(KernelBench.stubBus()), image.length));

        CliHarness.Result r = i2ckit("fan", "read", "--bus", bus);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("1: \"Talita, eu te amo\"") && r.out().contains("2: \"muito ♥\""), r.out());

        CliHarness.Result again = i2ckit("fan", "program", "--bus", bus, "--no-preview", MESSAGE.get(0), MESSAGE.get(1),
                MESSAGE.get(2));
        assertTrue(again.out().contains("Nothing to write"), again.toString());
    }

    @Test
    void ascii2fanIsByteIdenticalToFanEncode() throws Exception {
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        KernelBench.ok(KernelBench.run("bash", "-c", "bin/ascii2fan \"string1\" \"string 2 with space\" \"string 3\" > " + a));
        KernelBench.ok(KernelBench.run("bash", "-c", "./i2ckit fan encode \"string1\" \"string 2 with space\" \"string 3\" > " + b));
        byte[] expected = new FanEncoder(FanFont.standard(), FanProfile.standard())
                .encode(List.of("string1", "string 2 with space", "string 3")).bytes();
        assertArrayEquals(expected, Files.readAllBytes(a));
        assertArrayEquals(expected, Files.readAllBytes(b));
    }
}
