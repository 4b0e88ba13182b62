// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.pi4j.kernel;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.pi4j.I2ckitI2cProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Pi4J program on the bench's real kernel through i2ckit's provider: Pi4J's bus N is
 * {@code /dev/i2c-N}, the SMBus-only i2c-stub, so register calls go as their SMBus twins;
 * Debian's i2cset and i2cget stand on the other side.
 */
@Tag("kernel")
class Pi4jKernelTest {
    private static int bus;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
        KernelBench.reloadStub("0x48", null);
        bus = KernelBench.stubBus();
    }

    @AfterAll
    static void asFound() {
        KernelBench.reloadStub(KernelBench.STUB_CHIPS, null);
    }

    @Test
    void aPi4jProgramReadsAndWritesRegistersOnTheRealKernel() {
        String b = Integer.toString(bus);
        // a TMP102 reading 25.0625 °C: 0x19 0x10 (byte by byte: i2c-stub keeps a word per register)
        KernelBench.ok(KernelBench.run("i2cset", "-y", b, "0x48", "0x00", "0x19"));
        KernelBench.ok(KernelBench.run("i2cset", "-y", b, "0x48", "0x01", "0x10"));
        Context pi4j = Pi4J.newContextBuilder().add(new I2ckitI2cProvider(Map.of())).build();
        try {
            I2C sensor = pi4j.i2c().create(bus, 0x48);
            byte[] raw = new byte[2];
            sensor.readRegister(0x00, raw, 0, 2);
            assertEquals(25.0625, ((short) ((raw[0] & 0xff) << 8 | raw[1] & 0xff) >> 4) * 0.0625);
            sensor.writeRegister(0x03, new byte[] {0x50, 0x00}, 0, 2); // THIGH 80 °C
            assertEquals(0x19, sensor.readRegister(0x00));
            sensor.close();
        } finally {
            pi4j.shutdown();
        }
        assertEquals("0x50", KernelBench.ok(KernelBench.run("i2cget", "-y", b, "0x48", "0x03")).out().strip());
        assertEquals("0x00", KernelBench.ok(KernelBench.run("i2cget", "-y", b, "0x48", "0x04")).out().strip());
    }
}
