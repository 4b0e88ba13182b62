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
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded fault campaign on the simulated 24C04: sequences of writes and plain restores, each
 * with the power cut at a random point (in the read before it, a page write, the read-back, or
 * never), then a plain restore. Whatever the sequence, the part must end holding the last
 * contents that were whole and verified, and every failure must be one error line.
 */
class FaultCampaignTest {
    private static final int SEQUENCES = 40;

    @TempDir
    Path root;

    private Path dir;
    private CliHarness cli;

    /** Runs with backups kept under the test's folder. */
    private CliHarness.Result run(String... args) {
        return cli.withEnv(Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString())).run(args);
    }

    private byte[] chip() {
        try (SimBus bus = new SimStore(cli.simDir()).open()) {
            return ((EepromChip) bus.chip(0x50)).memory().snapshot();
        }
    }

    @Test
    void afterAnyInterruptedWritesAndRestoresAPlainRestoreReachesTheLastVerifiedContents() throws Exception {
        Random random = new Random(2026);
        int operations = 0;
        int cut = 0;
        int recoveredMidway = 0;
        int recovered = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            dir = Files.createDirectory(root.resolve("seq" + s));
            cli = new CliHarness(dir);
            byte[] verified = randomImage(random, dir.resolve("start.bin"));
            assertEquals(0, run("eeprom", "write", "--bus", "sim", dir.resolve("start.bin").toString()).code());
            boolean torn = false;
            int steps = 1 + random.nextInt(5);
            for (int k = 0; k < steps; k++) {
                Path file = dir.resolve("image" + k + ".bin");
                byte[] image = randomImage(random, file);
                if (random.nextInt(3) > 0) { // two in three operations lose power somewhere
                    run("sim", "fault", "--power-cut-after", Integer.toString(random.nextInt(1800)),
                            "--seed", Integer.toString(random.nextInt(1000)));
                }
                boolean restore = random.nextBoolean();
                CliHarness.Result r = restore ? run("eeprom", "restore", "--bus", "sim")
                        : run("eeprom", "write", "--bus", "sim", file.toString());
                run("sim", "fault", "--clear");
                operations++;
                if (r.code() == 0) {
                    if (restore && torn) {
                        assertArrayEquals(verified, chip(), "a completed restore of a torn part: " + r);
                        recoveredMidway++;
                    }
                    verified = restore ? chip() : image;
                    torn = false;
                } else {
                    cut++;
                    assertEquals(1, r.err().lines().count(), r.toString());
                    assertTrue(r.err().startsWith("Error: "), r.toString());
                    torn = torn || !Arrays.equals(chip(), verified);
                }
            }
            if (torn) {
                CliHarness.Result last = run("eeprom", "restore", "--bus", "sim");
                assertEquals(0, last.code(), last.toString());
            }
            assertEquals(HexFormat.of().formatHex(verified), HexFormat.of().formatHex(chip()),
                    "sequence " + s + ": the last verified contents");
            recovered++;
        }
        System.out.printf("fault campaign: %d sequences, %d operations, %d cut by a power failure, %d completed"
                        + " restores of a torn part, %d of %d sequences ended on the last verified contents%n",
                SEQUENCES, operations, cut, recoveredMidway, recovered, SEQUENCES);
        assertTrue(cut > SEQUENCES / 2 && recoveredMidway > 0, "the campaign exercised failures");
    }

    private static byte[] randomImage(Random random, Path file) throws Exception {
        byte[] image = new byte[512];
        random.nextBytes(image);
        Files.write(file, image);
        return image;
    }
}
