// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.pi4j;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.exception.IOException;
import com.pi4j.io.exception.IOReadException;
import com.pi4j.io.i2c.I2C;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pi4J programs on i2ckit's simulated chips through the i2ckit provider. */
class Pi4jProviderTest {
    @TempDir
    Path dir;
    private SimStore store;
    private Context pi4j;

    @BeforeEach
    void board() {
        store = new SimStore(dir.resolve("sim"));
        store.saveBoard(SimBoard.parse("""
                functionality = full-i2c
                chip 0x48 tmp102 temperature=-12.5
                chip 0x20 mcp23017 driven=0xff00 inputs=0x3c00
                chip 0x76 bme280
                chip 0x50 eeprom size=512
                """));
        BusEnvironment base = BusEnvironment.system();
        BusEnvironment env = new BusEnvironment(base.devRoot(), base.sysRoot(), dir,
                java.util.Map.of(SimStore.DIR_VARIABLE, dir.resolve("sim").toString()));
        pi4j = Pi4J.newContextBuilder().add(new I2ckitI2cProvider(Map.of(1, "sim"), env)).build();
    }

    @AfterEach
    void shutdown() {
        pi4j.shutdown();
    }

    @Test
    void aPi4jProgramReadsATemperatureSensorThroughTheDefaultI2cProvider() {
        I2C tmp102 = pi4j.i2c().create(1, 0x48);
        byte[] raw = new byte[2];
        tmp102.readRegister(0x00, raw, 0, 2);
        double celsius = ((short) ((raw[0] & 0xff) << 8 | raw[1] & 0xff) >> 4) * 0.0625;
        assertEquals(-12.5, celsius);
        tmp102.close();
    }

    @Test
    void registerReadsAreOneTransactionWithARepeatedStart() {
        I2C bme = pi4j.i2c().create(1, 0x76);
        long before = store.totals().transactions();
        assertEquals(0x60, bme.readRegister(0xd0));
        byte[] trim = new byte[6];
        bme.readRegister(0x88, trim, 0, 6);
        assertArrayEquals(new byte[] {0x70, 0x6b, 0x43, 0x67, 0x18, (byte) 0xfc}, trim);
        bme.close();
        assertEquals(2, store.totals().transactions() - before, "two register reads, two transactions");
    }

    @Test
    void registerWritesReachAnExpanderAndItsPinsReadBack() {
        I2C mcp = pi4j.i2c().create(1, 0x20);
        mcp.writeRegister(0x00, (byte) 0x00); // IODIRA outputs
        mcp.writeRegister(0x14, (byte) 0x81); // OLATA
        assertEquals(0x81, mcp.readRegister(0x12));
        assertEquals(0x3c, mcp.readRegister(0x13), "port B reads the pins driven outside");
        mcp.close();
    }

    @Test
    void aMissingChipIsPi4jsReadExceptionNamingBusAndAddress() {
        I2C nobody = pi4j.i2c().create(1, 0x49);
        IOReadException e = assertThrows(IOReadException.class, () -> nobody.readRegister(0));
        assertTrue(e.getMessage().startsWith("read byte data at 0x49 on sim: no acknowledge")
                || e.getMessage().startsWith("transfer at 0x49 on sim: no acknowledge"), e.getMessage());
        nobody.close();
    }

    @Test
    void anSmbusOnlyAdapterRunsRegisterCallsAsTheirSmbusTwinsAndRefusesTheRest() {
        store.saveBoard(store.board().withFunctionality("smbus"));
        I2C tmp102 = pi4j.i2c().create(1, 0x48);
        assertEquals(0xf3, tmp102.readRegister(0x00), "read byte data: the same bits as write-then-read");
        IOReadException e = assertThrows(IOReadException.class, () -> tmp102.read(new byte[3], 0, 3));
        assertTrue(e.getMessage().endsWith("cannot do I2C"), e.getMessage());
        tmp102.close();
    }

    @Test
    void anAddressOutOfRangeIsRefused() {
        IOException e = assertThrows(IOException.class, () -> pi4j.i2c().create(1, 0x80));
        assertEquals("address 0x80 on I2C bus 1 (sim) is outside the 7-bit range 0x00-0x7f", e.getMessage());
    }

    @Test
    void thePluginRegistersTheProviderInAnAutoContext() {
        Context auto = Pi4J.newContextBuilder().autoDetectProviders().build();
        try {
            assertInstanceOf(I2ckitI2cProvider.class, auto.provider(I2ckitI2cProvider.ID));
        } finally {
            auto.shutdown();
        }
    }
}
