// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.core.I2cDevice;
import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.SimBus;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** LM75 and TMP102 register formats, as their datasheets give them. */
class TemperatureSensorsTest {

    private static I2cDevice lm75(double celsius, ChipMemory memory) {
        Lm75Chip.Model model = new Lm75Chip.Model();
        SimBus bus = Models.bus(Models.chip(model, 0x48, memory, Clock.systemUTC(), "temperature", Double.toString(celsius)));
        return bus.device(0x48);
    }

    private static I2cDevice tmp102(double celsius, ChipMemory memory) {
        Tmp102Chip.Model model = new Tmp102Chip.Model();
        SimBus bus = Models.bus(Models.chip(model, 0x48, memory, Clock.systemUTC(), "temperature", Double.toString(celsius)));
        return bus.device(0x48);
    }

    @Test
    void lm75SendsNineBitTwosComplementMostSignificantByteFirst() {
        ChipMemory m = Models.powered(new Lm75Chip.Model());
        assertArrayEquals(new byte[] {0x19, (byte) 0x80}, lm75(25.5, m).writeRead(new byte[] {0}, 2));
        assertArrayEquals(new byte[] {(byte) 0xe7, 0x00}, lm75(-25.0, m).writeRead(new byte[] {0}, 2));
        assertArrayEquals(new byte[] {0x00, (byte) 0x80}, lm75(0.3, m).writeRead(new byte[] {0}, 2), "0.5 °C steps");
        assertArrayEquals(new byte[] {0x7d, 0x00}, lm75(125, m).writeRead(new byte[] {0}, 2));
    }

    @Test
    void lm75SmbusWordReadComesByteSwappedAsLinuxDriversExpect() {
        ChipMemory m = Models.powered(new Lm75Chip.Model());
        assertEquals(0x8019, lm75(25.5, m).readWordData(0));
    }

    @Test
    void lm75LimitsPowerOnAt75And80AndKeepNineBits() {
        ChipMemory m = Models.powered(new Lm75Chip.Model());
        I2cDevice d = lm75(20, m);
        assertArrayEquals(new byte[] {75, 0}, d.writeRead(new byte[] {2}, 2));
        assertArrayEquals(new byte[] {80, 0}, d.writeRead(new byte[] {3}, 2));
        d.write((byte) 3, (byte) 0x5a, (byte) 0xff);
        assertArrayEquals(new byte[] {0x5a, (byte) 0x80, 0x5a, (byte) 0x80}, d.writeRead(new byte[] {3}, 4),
                "low 7 bits dropped; reading on repeats the register");
    }

    @Test
    void lm75PointerStaysBetweenTransactionsAndTemperatureIgnoresWrites() {
        ChipMemory m = Models.powered(new Lm75Chip.Model());
        I2cDevice d = lm75(21, m);
        d.write((byte) 0, (byte) 0x7f, (byte) 0x00);
        assertArrayEquals(new byte[] {21, 0}, d.read(2), "the pointer still selects the temperature");
        d.writeByteData(1, 0xff);
        assertEquals(0x1f, d.readByteData(1), "configuration bits 7-5 stay zero");
    }

    @Test
    void lm75InShutdownKeepsTheLastReading() {
        ChipMemory m = Models.powered(new Lm75Chip.Model());
        lm75(30, m).writeByteData(1, 0x01);
        I2cDevice later = lm75(40, m);
        assertArrayEquals(new byte[] {30, 0}, later.writeRead(new byte[] {0}, 2));
        later.writeByteData(1, 0x00);
        assertArrayEquals(new byte[] {40, 0}, later.writeRead(new byte[] {0}, 2));
    }

    @Test
    void tmp102SendsTwelveBitsAndThirteenInExtendedMode() {
        ChipMemory m = Models.powered(new Tmp102Chip.Model());
        I2cDevice d = tmp102(25.0625, m);
        assertArrayEquals(new byte[] {0x19, 0x10}, d.writeRead(new byte[] {0}, 2));
        assertArrayEquals(new byte[] {0x60, (byte) 0xa0}, d.writeRead(new byte[] {1}, 2), "power-on configuration");
        d.write((byte) 1, (byte) 0x60, (byte) 0xb0); // EM on
        assertArrayEquals(new byte[] {0x0c, (byte) 0x89}, d.writeRead(new byte[] {0}, 2), "13 bits, bit 0 set");
        I2cDevice hot = tmp102(150, m);
        assertArrayEquals(new byte[] {0x4b, 0x01}, hot.writeRead(new byte[] {0}, 2), "150 °C needs the extended range");
    }

    @Test
    void tmp102NegativeTemperaturesAreTwosComplement() {
        ChipMemory m = Models.powered(new Tmp102Chip.Model());
        assertArrayEquals(new byte[] {(byte) 0xe7, 0x00}, tmp102(-25, m).writeRead(new byte[] {0}, 2));
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xf0}, tmp102(-0.0625, m).writeRead(new byte[] {0}, 2));
    }

    @Test
    void tmp102AlertFollowsTheComparatorWithHysteresis() {
        ChipMemory m = Models.powered(new Tmp102Chip.Model());
        assertEquals(0xa0, tmp102(70, m).writeRead(new byte[] {1}, 2)[1] & 0xff, "AL reads 1 while inactive");
        assertEquals(0x80, tmp102(81, m).writeRead(new byte[] {1}, 2)[1] & 0xff, "at or above THIGH: active, AL 0");
        assertEquals(0x80, tmp102(77, m).writeRead(new byte[] {1}, 2)[1] & 0xff, "still above TLOW: stays active");
        assertEquals(0xa0, tmp102(74, m).writeRead(new byte[] {1}, 2)[1] & 0xff, "below TLOW: clears");
    }

    @Test
    void tmp102ResolutionBitsAreReadOnlyAndOneShotWorksInShutdown() {
        ChipMemory m = Models.powered(new Tmp102Chip.Model());
        I2cDevice d = tmp102(20, m);
        d.write((byte) 1, (byte) 0x01, (byte) 0x00); // SD, trying to clear R1 R0
        assertArrayEquals(new byte[] {0x61, (byte) 0x20}, d.writeRead(new byte[] {1}, 2));
        I2cDevice warmer = tmp102(30, m);
        assertArrayEquals(new byte[] {20, 0}, warmer.writeRead(new byte[] {0}, 2), "shut down: the old reading");
        warmer.write((byte) 1, (byte) 0x81, (byte) 0x00); // OS: one conversion
        assertArrayEquals(new byte[] {30, 0}, warmer.writeRead(new byte[] {0}, 2));
    }
}
