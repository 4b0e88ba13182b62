// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.core.I2cDevice;
import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.SimBus;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SSD1306's control bytes, addressing modes and what the glass shows. */
class Ssd1306ChipTest {
    private final Ssd1306Chip.Model model = new Ssd1306Chip.Model();
    private final ChipMemory memory = Models.powered(model);
    private final Ssd1306Chip chip = (Ssd1306Chip) Models.chip(model, 0x3c, memory, Clock.systemUTC());
    private final SimBus bus = Models.bus(chip);
    private final I2cDevice display = bus.device(0x3c);

    private void commands(int... c) {
        byte[] out = new byte[c.length + 1];
        for (int i = 0; i < c.length; i++) {
            out[i + 1] = (byte) c[i];
        }
        display.write(out); // control byte 0x00: a stream of commands
    }

    private void data(int... d) {
        byte[] out = new byte[d.length + 1];
        out[0] = 0x40;
        for (int i = 0; i < d.length; i++) {
            out[i + 1] = (byte) d[i];
        }
        display.write(out);
    }

    @Test
    void staysDarkUntilTheDisplayIsSwitchedOn() {
        data(0xff);
        assertFalse(chip.panel()[63][127]);
        assertEquals(0x40, display.receiveByte(), "status: display off");
        commands(0xaf);
        assertEquals(0x00, display.receiveByte());
    }

    @Test
    void standardInitShowsColumnZeroPageZeroTopLeftBitZeroOnTop() {
        commands(0xa1, 0xc8, 0x20, 0x00, 0x21, 0, 127, 0x22, 0, 7, 0xaf);
        data(0x01, 0x80);
        boolean[][] p = chip.panel();
        assertTrue(p[0][0]);
        assertTrue(p[7][1]);
        assertFalse(p[1][0]);
    }

    @Test
    void withoutRemapsThePictureIsMirroredBothWays() {
        commands(0x20, 0x00, 0xaf);
        data(0x01);
        assertTrue(chip.panel()[63][127]);
    }

    @Test
    void horizontalModeWrapsAtTheColumnWindowToTheNextPage() {
        commands(0xa1, 0xc8, 0x20, 0x00, 0x21, 10, 11, 0x22, 2, 3, 0xaf);
        data(0x01, 0x01, 0x01, 0x01, 0x01);
        boolean[][] p = chip.panel();
        assertTrue(p[16][10] && p[16][11] && p[24][10] && p[24][11], "pages 2 and 3, columns 10 and 11");
        assertTrue(p[16][10] && !p[16][12]);
        assertEquals(0x01, memory.get(2 * 128 + 10), "the fifth byte wrapped back to page 2, column 10");
    }

    @Test
    void pageModeStaysOnItsPage() {
        commands(0xa1, 0xc8, 0xb5, 0x07, 0x17, 0xaf); // page 5, column 0x77 = 119
        data(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
        assertEquals(0xff, memory.get(5 * 128 + 127));
        assertEquals(0xff, memory.get(5 * 128 + 119), "wrapped to the page start column, not to page 6");
        assertEquals(0x00, memory.get(6 * 128));
    }

    @Test
    void parametersMayComeOneTransactionAtATimeAndSingleBytesUseCo() {
        commands(0x81);
        commands(0x10);
        display.write((byte) 0x80, (byte) 0xa7, (byte) 0x80, (byte) 0xaf); // Co = 1: two single commands
        assertTrue(chip.panel()[30][30], "inverted: everything lit");
        assertEquals(0x10, new Ssd1306Commands(memory).contrast());
    }

    @Test
    void multiplexRatioDarkensTheLinesBeyondIt() {
        commands(0xa1, 0xc8, 0xa8, 31, 0xa5, 0xaf); // 32 lines, entire display on
        boolean[][] p = chip.panel();
        assertTrue(p[31][0]);
        assertFalse(p[32][0]);
    }
}
