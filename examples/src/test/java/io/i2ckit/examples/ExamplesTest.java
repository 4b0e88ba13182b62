// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.RegisterChip;
import io.i2ckit.sim.SimBus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ExamplesTest {
    private final ChipMemory eeprom = ChipMemory.inMemory(512, 0xff);
    private final SimBus bus = SimBus.builder()
            .chip(new EepromChip(0x50, EepromCatalog.standard().get("t24c04a"), eeprom, "T24C04A"))
            .chip(new RegisterChip(0x48, ChipMemory.inMemory(256, 0), "LM75"))
            .driver(0x1c, "lis3lv02d")
            .chip(new RegisterChip(0x1c, ChipMemory.inMemory(256, 0), "accelerometer"))
            .build();

    @Test
    void scanFindsEveryChipAndTheDriverOwnedOne() {
        assertEquals(List.of(0x1c, 0x48, 0x50, 0x51), ScanBus.scan(bus));
    }

    @Test
    void readsBothBlocksOfThe24c04() {
        byte[] expected = new byte[512];
        for (int i = 0; i < 512; i++) {
            expected[i] = (byte) (i * 7);
        }
        eeprom.load(expected);
        assertArrayEquals(expected, ReadEeprom.read24c04(bus, 0x50));
    }
}
