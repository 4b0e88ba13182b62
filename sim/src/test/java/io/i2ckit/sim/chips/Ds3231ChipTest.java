// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.core.I2cDevice;
import io.i2ckit.sim.ChipMemory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The DS3231's BCD time registers, its running clock and its flags. */
class Ds3231ChipTest {
    private final Models.ManualClock clock = new Models.ManualClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final Ds3231Chip.Model model = new Ds3231Chip.Model(clock);
    private final ChipMemory memory = Models.powered(model);

    private I2cDevice rtc(String... settings) {
        return Models.bus(Models.chip(model, 0x68, memory, clock, settings)).device(0x68);
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void powersOnAtMidnightOfJanuaryFirst2000WithTheOscillatorStopFlag() {
        I2cDevice d = rtc();
        assertArrayEquals(bytes(0x00, 0x00, 0x00, 0x01, 0x01, 0x01, 0x00), d.writeRead(new byte[] {0}, 7));
        assertEquals(0x1c, d.readByteData(0x0e));
        assertEquals(0x88, d.readByteData(0x0f));
    }

    @Test
    void keepsTimeOnTheWallClockInBcd() {
        I2cDevice d = rtc();
        // 2026-11-30 23:59:58, a Monday the host calls day 2
        d.write(bytes(0x00, 0x58, 0x59, 0x23, 0x02, 0x30, 0x11, 0x26));
        clock.advance(Duration.ofSeconds(3));
        assertArrayEquals(bytes(0x01, 0x00, 0x00, 0x03, 0x01, 0x12, 0x26), d.writeRead(new byte[] {0}, 7),
                "three seconds later: 00:00:01 on Tuesday, December 1st, day 3 in the host's numbering");
    }

    @Test
    void twelveHourModeShowsPmAndCenturyBitRollsOver() {
        I2cDevice d = rtc();
        d.write(bytes(0x00, 0x00, 0x30, 0x40 | 0x20 | 0x11, 0x05, 0x31, 0x12, 0x99)); // 11:30 PM, 2099-12-31
        clock.advance(Duration.ofMinutes(31));
        byte[] t = d.writeRead(new byte[] {0}, 7);
        assertArrayEquals(bytes(0x00, 0x01, 0x40 | 0x12, 0x06, 0x01, 0x80 | 0x01, 0x00), t,
                "12:01 AM on 2100-01-01: century bit set, year 00");
    }

    @Test
    void pointerWrapsAfterTheTemperatureRegisters() {
        I2cDevice d = rtc("temperature", "-10.25");
        byte[] r = d.writeRead(new byte[] {0x11}, 3);
        assertArrayEquals(bytes(0xf5, 0xc0, 0x00), r, "-10.25 °C: 0xF5 and .75 of the next lower degree, then seconds");
    }

    @Test
    void oscillatorStopFlagCanOnlyBeCleared() {
        I2cDevice d = rtc();
        d.writeByteData(0x0f, 0x00);
        assertEquals(0x00, d.readByteData(0x0f));
        d.writeByteData(0x0f, 0x80);
        assertEquals(0x00, d.readByteData(0x0f));
    }
}
