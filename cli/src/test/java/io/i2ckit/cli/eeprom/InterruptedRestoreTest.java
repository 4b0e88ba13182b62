// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A restore of a named backup cut by a power failure: its error names both ways on, and each works. */
class InterruptedRestoreTest {
    @TempDir
    Path dir;

    private CliHarness.Result run(CliHarness cli, String... args) {
        return cli.withEnv(Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString())).run(args);
    }

    private static byte[] chip(CliHarness cli) {
        try (SimBus bus = new SimStore(cli.simDir()).open()) {
            return ((EepromChip) bus.chip(0x50)).memory().snapshot();
        }
    }

    private static byte[] filled(int v) {
        byte[] b = new byte[512];
        Arrays.fill(b, (byte) v);
        return b;
    }

    @Test
    void theErrorSaysHowToFinishAndHowToGoBackAndBothWork() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Path before = Files.write(dir.resolve("before.bin"), filled(0x11));
        Path wanted = Files.write(dir.resolve("wanted.bin"), filled(0x22));
        assertEquals(0, run(cli, "eeprom", "write", "--bus", "sim", before.toString()).code());
        assertEquals(0, run(cli, "sim", "fault", "--power-cut-after", "900").code());
        CliHarness.Result cut = run(cli, "eeprom", "restore", "--bus", "sim", wanted.toString());
        run(cli, "sim", "fault", "--clear");
        assertEquals(1, cut.code(), cut.toString());
        String options = "--bus sim --addr 0x50 --chip t24c04a";
        assertTrue(cut.err().contains("; to finish this restore, run 'i2ckit eeprom restore " + options + " " + wanted
                + "' again; to go back to what was there before (saved in "), cut.err());
        assertTrue(cut.err().endsWith("), run 'i2ckit eeprom restore " + options + "'\n"), cut.err());

        CliHarness back = new CliHarness(dir);
        assertEquals(0, run(back, "eeprom", "restore", "--bus", "sim").code());
        assertArrayEquals(filled(0x11), chip(back), "a plain restore: what was there before");
        assertEquals(0, run(back, "eeprom", "restore", "--bus", "sim", wanted.toString()).code());
        assertArrayEquals(filled(0x22), chip(back), "the restore asked for, finished");
    }
}
