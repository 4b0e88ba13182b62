// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.core.I2cDevice;
import io.i2ckit.sim.ChipMemory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BME280's registers, measurement cycle and raw readings. */
class Bme280ChipTest {
    private final Bme280Chip.Model model = new Bme280Chip.Model();
    private final ChipMemory memory = Models.powered(model);
    private final Models.ManualClock clock = new Models.ManualClock(Instant.parse("2026-11-30T12:00:00Z"));

    private I2cDevice sensor(String... settings) {
        return Models.bus(Models.chip(model, 0x76, memory, clock, settings)).device(0x76);
    }

    @Test
    void compensationMatchesTheDatasheetsWorkedExample() {
        Bme280Calibration c = new Bme280Calibration();
        assertEquals(2508, c.temperature(519888), "BMP280 datasheet 3.12: 25.08 °C");
        assertEquals(100653, c.pressure(415148, c.fineTemperature(519888)) / 256, "100653 Pa");
    }

    @Test
    void rawTemperatureIsTheOneThatCompensatesToTheSetValue() {
        Bme280Calibration c = new Bme280Calibration();
        int raw = c.rawTemperature(25.08, 1);
        assertEquals(2508, c.temperature(raw));
        assertTrue(Math.abs(raw - 519888) < 40, "near the datasheet's raw value, got " + raw);
    }

    @Test
    void identifiesItselfAndHoldsTheTrimmingBlockLittleEndian() {
        I2cDevice d = sensor();
        assertEquals(0x60, d.readByteData(0xd0));
        byte[] trim = d.readI2cBlockData(0x88, 6);
        assertArrayEquals(new byte[] {0x70, 0x6b, 0x43, 0x67, 0x18, (byte) 0xfc}, trim, "T1 27504, T2 26435, T3 -1000");
        assertEquals(75, d.readByteData(0xa1), "H1");
    }

    @Test
    void beforeAnyMeasurementTheReadingsHoldTheirResetValues() {
        byte[] data = sensor().readI2cBlockData(0xf7, 8);
        assertArrayEquals(new byte[] {(byte) 0x80, 0, 0, (byte) 0x80, 0, 0, (byte) 0x80, 0}, data);
    }

    @Test
    void forcedMeasurementSetsMeasuringForItsDurationThenSleeps() {
        I2cDevice d = sensor("temperature", "25.08");
        d.writeByteData(0xf2, 0x01); // humidity x1
        d.writeByteData(0xf4, 0x25); // temperature x1, pressure x1, forced
        assertEquals(0x08, d.readByteData(0xf3), "measuring");
        assertArrayEquals(new byte[] {(byte) 0x80, 0}, d.readI2cBlockData(0xfa, 2), "old values until it is done");
        clock.advance(Duration.ofMillis(9)); // the maximum at x1/x1/x1 is 9.3 ms
        assertEquals(0x08, d.readByteData(0xf3));
        clock.advance(Duration.ofMillis(1));
        assertEquals(0x00, d.readByteData(0xf3));
        assertEquals(0x24, d.readByteData(0xf4), "back in sleep mode");
        byte[] t = d.readI2cBlockData(0xfa, 3);
        int raw = (t[0] & 0xff) << 12 | (t[1] & 0xff) << 4 | (t[2] & 0xff) >> 4;
        assertEquals(2508, new Bme280Calibration().temperature(raw));
        assertEquals(0, raw & 0xf, "oversampling x1 gives 16 bits");
    }

    @Test
    void skippedReadingsKeepTheResetValue() {
        I2cDevice d = sensor();
        d.writeByteData(0xf4, 0x23); // temperature x1, pressure skipped, normal mode
        byte[] data = d.readI2cBlockData(0xf7, 8);
        assertArrayEquals(new byte[] {(byte) 0x80, 0, 0}, java.util.Arrays.copyOf(data, 3), "pressure skipped");
        assertArrayEquals(new byte[] {(byte) 0x80, 0}, java.util.Arrays.copyOfRange(data, 6, 8),
                "humidity skipped: ctrl_hum was 0");
    }

    @Test
    void writesArePairsOfRegisterAndValue() {
        I2cDevice d = sensor();
        d.write((byte) 0xf2, (byte) 0x05, (byte) 0xf5, (byte) 0xa0);
        assertEquals(0x05, d.readByteData(0xf2));
        assertEquals(0xa0, d.readByteData(0xf5));
    }

    @Test
    void resetCommandRestoresPowerOnRegistersButNotTheTrimming() {
        I2cDevice d = sensor();
        d.writeByteData(0xf4, 0x27);
        d.writeByteData(0xe0, 0xb6);
        assertEquals(0x00, d.readByteData(0xf4));
        assertEquals(0x60, d.readByteData(0xd0));
        assertEquals(0x70, d.readByteData(0x88));
    }
}
