// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two programs writing one EEPROM: each opens the stored simulated bus on its own (as two
 * processes would: shared chip memory, one lock file) and both start writing a whole image at
 * the same moment, pausing a little after every page as a slow adapter would. The bus lock keeps
 * the other writer out for the whole write, so both verify and the part ends holding one image
 * whole. (Without it the pauses let their pages interleave and verify fails.)
 */
class TwoWritersTest {
    @TempDir
    Path dir;

    @Test
    void theBusLockKeepsTwoWritersFromInterleaving() throws Exception {
        EepromType type = EepromCatalog.standard().get("t24c04a");
        new SimStore(dir).open().close(); // the default board: a T24C04A at 0x50
        byte[][] images = new byte[2][type.size()];
        new Random(1).nextBytes(images[0]);
        new Random(2).nextBytes(images[1]);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<WriteReport>> writers = List.of(() -> write(type, images[0], together),
                    () -> write(type, images[1], together));
            for (Future<WriteReport> f : pool.invokeAll(writers)) {
                assertEquals(32, f.get().firstRound() + f.get().pagesSkipped());
            }
        } finally {
            pool.shutdownNow();
        }
        byte[] part;
        try (SimBus bus = new SimStore(dir).open()) {
            part = new At24Eeprom(bus.device(0x50), type).readAll();
        }
        assertTrue(Arrays.equals(images[0], part) || Arrays.equals(images[1], part), "one image, whole");
    }

    private WriteReport write(EepromType type, byte[] image, CyclicBarrier together) throws Exception {
        EepromOptions slow = EepromOptions.DEFAULTS.withProgress((phase, done, total) -> {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (SimBus bus = new SimStore(dir).open()) {
            At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), type, slow);
            together.await();
            return eeprom.write(0, image, null);
        }
    }
}
