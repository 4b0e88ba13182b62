// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom.kernel;

import io.i2ckit.core.BusyException;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.eeprom.At24Eeprom;
import io.i2ckit.eeprom.WriteReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The driver on a real kernel: i2c-stub's chips at 0x50 and 0x51 stand for the two blocks of a
 * 24C04. The stub has no plain I2C, so everything goes through SMBus I2C-block transactions,
 * and i2cdump reads back what we wrote.
 */
@Tag("kernel")
class At24EepromKernelTest {
    private static final EepromType T24C04A = EepromCatalog.standard().get("t24c04a");
    private I2cBus bus;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    @BeforeEach
    void stub() {
        KernelBench.reloadStub("0x50,0x51", null);
        bus = I2cBuses.open(Integer.toString(KernelBench.stubBus()));
    }

    @AfterEach
    void close() {
        bus.close();
        KernelBench.unbindAll();
    }

    @Test
    void wholeImageGoesInThroughI2cBlocksAndComesBackIdentical() {
        byte[] image = new byte[512];
        new Random(5).nextBytes(image);
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        assertTrue(eeprom.writePath().startsWith("SMBus I2C-block writes"), eeprom.writePath());
        WriteReport r = eeprom.write(0, image, null);
        assertEquals(32, r.pagesWritten());
        assertArrayEquals(image, eeprom.readAll());
        // the second block lives at 0x51, as i2cget sees it
        String got = KernelBench.ok(KernelBench.run("i2cget", "-y", Integer.toString(KernelBench.stubBus()), "0x51",
                "0x00")).out().strip();
        assertEquals(String.format("0x%02x", image[256] & 0xff), got);
    }

    @Test
    void rewritingTheSameImageSendsNoPage() {
        byte[] image = new byte[512];
        new Random(6).nextBytes(image);
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        eeprom.write(0, image, null);
        WriteReport again = eeprom.write(0, image, null);
        assertEquals(0, again.pagesWritten());
    }

    @Test
    void anAt24OwnedPartIsRefused() {
        KernelBench.bindDriver("at24", "24c04", 0x50);
        assertThrows(BusyException.class, () -> new At24Eeprom(bus.device(0x50), T24C04A));
    }
}
