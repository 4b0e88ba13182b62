// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A Bosch BME280 humidity, pressure and temperature sensor on I2C. Chip id 0x60 at 0xD0; the
 * trimming block at 0x88-0xA1 and 0xE1-0xE7; ctrl_hum 0xF2 (takes effect at the next ctrl_meas
 * write), status 0xF3, ctrl_meas 0xF4, config 0xF5, readings at 0xF7-0xFE; writing 0xB6 to 0xE0
 * resets. Writes come as register/value pairs; reads step through the registers.
 *
 * <p>A forced measurement (mode 01 or 10) takes the datasheet's maximum measurement time for the
 * chosen oversampling, on the wall clock since the chip measures in real time: status bit 3 is
 * set meanwhile, then the readings appear and the mode returns to sleep. Normal mode (11) keeps
 * the readings current. A reading whose oversampling is 0 is skipped and keeps its reset value
 * (0x80000, humidity 0x8000); otherwise it has 16 + (osrs - 1) bits (20 with the IIR filter on).
 * The raw values are those the datasheet's compensation turns into the set temperature,
 * pressure and humidity. The SPI interface and the IIR filter's smoothing are not modelled.
 *
 * <p>Memory: cells 0x00-0xFF the registers, 0x100 a measurement pending, 0x101-0x108 its end
 * (wall clock, microseconds), 0x109-0x110 the readings it will show, 0x111 the pointer.
 */
final class Bme280Chip extends PointerChip {
    private static final int CHIP_ID = 0xd0;
    private static final int RESET = 0xe0;
    private static final int CTRL_HUM = 0xf2;
    private static final int STATUS = 0xf3;
    private static final int CTRL_MEAS = 0xf4;
    private static final int CONFIG = 0xf5;
    private static final int DATA = 0xf7;
    private static final int PENDING = 0x100;
    private static final int DONE_AT = 0x101;
    private static final int SHADOW = 0x109;
    private static final int POINTER = 0x111;
    private static final int SIZE = 0x112;

    private final Clock wallClock;
    private final double celsius;
    private final double hectopascals;
    private final double humidity;
    private final Bme280Calibration calibration = new Bme280Calibration();
    private boolean valueNext;

    Bme280Chip(int address, ChipMemory memory, Clock wallClock, double celsius, double hectopascals, double humidity) {
        super(address, "BME280 humidity, pressure and temperature sensor", memory);
        this.wallClock = wallClock;
        this.celsius = celsius;
        this.hectopascals = hectopascals;
        this.humidity = humidity;
    }

    @Override
    void began(boolean read, long now) {
        valueNext = false;
    }

    @Override
    boolean pointTo(int value, long now) {
        pointer(value);
        valueNext = true;
        return true;
    }

    @Override
    boolean writeData(int value, long now) {
        if (!valueNext) {
            return pointTo(value, now);
        }
        valueNext = false;
        int register = pointer();
        switch (register) {
            case RESET -> {
                if (value == 0xb6) {
                    reset(memory);
                }
            }
            case CTRL_HUM -> memory.set(CTRL_HUM, value & 0x07);
            case CTRL_MEAS -> {
                memory.set(CTRL_MEAS, value);
                if ((value & 3) == 1 || (value & 3) == 2) {
                    startForced();
                }
            }
            case CONFIG -> memory.set(CONFIG, value & 0xfd); // bit 1 is reserved
            default -> {
                // read-only or reserved: ignored, as the chip does
            }
        }
        return true;
    }

    @Override
    int readData(long now) {
        settle();
        int register = pointer();
        int value = register == STATUS ? status() : memory.get(register);
        pointer(register + 1);
        return value;
    }

    private int pointer() {
        return memory.get(POINTER);
    }

    private void pointer(int value) {
        memory.set(POINTER, value & 0xff);
    }

    private int status() {
        return memory.get(PENDING) != 0 ? 0x08 : 0x00;
    }

    /** Finishes a forced measurement whose time is up; keeps normal mode's readings current. */
    private void settle() {
        if (memory.get(PENDING) != 0 && micros() >= Cells.readLong(memory, DONE_AT)) {
            for (int i = 0; i < 8; i++) {
                memory.set(DATA + i, memory.get(SHADOW + i));
            }
            memory.set(PENDING, 0);
            memory.set(CTRL_MEAS, memory.get(CTRL_MEAS) & ~3);
        }
        if ((memory.get(CTRL_MEAS) & 3) == 3) {
            int[] r = readings();
            for (int i = 0; i < 8; i++) {
                memory.set(DATA + i, r[i]);
            }
        }
    }

    private void startForced() {
        int[] r = readings();
        for (int i = 0; i < 8; i++) {
            memory.set(SHADOW + i, r[i]);
        }
        memory.set(PENDING, 1);
        Cells.writeLong(memory, DONE_AT, micros() + measureMicros());
    }

    /** Maximum measurement time, datasheet section 9.1. */
    private long measureMicros() {
        double ms = 1.25 + 2.3 * factor(memory.get(CTRL_MEAS) >> 5 & 7)
                + (2.3 * factor(memory.get(CTRL_MEAS) >> 2 & 7) + 0.575)
                + (2.3 * factor(memory.get(CTRL_HUM) & 7) + 0.575);
        return Math.round(ms * 1000);
    }

    private static int factor(int osrs) {
        return osrs == 0 ? 0 : 1 << Math.min(osrs - 1, 4);
    }

    /** The eight data registers for the current settings and oversampling. */
    private int[] readings() {
        int osrsT = memory.get(CTRL_MEAS) >> 5 & 7;
        int osrsP = memory.get(CTRL_MEAS) >> 2 & 7;
        int osrsH = memory.get(CTRL_HUM) & 7;
        boolean filter = (memory.get(CONFIG) >> 2 & 7) != 0;
        int adcT = calibration.rawTemperature(celsius, step(osrsT, filter));
        int t = osrsT == 0 ? 0x80000 : adcT;
        int p = osrsP == 0 ? 0x80000 : calibration.rawPressure(hectopascals, adcT, step(osrsP, filter));
        int h = osrsH == 0 ? 0x8000 : calibration.rawHumidity(humidity, adcT);
        return new int[] {p >> 12 & 0xff, p >> 4 & 0xff, (p & 0xf) << 4, t >> 12 & 0xff, t >> 4 & 0xff,
                (t & 0xf) << 4, h >> 8 & 0xff, h & 0xff};
    }

    /** Raw units a reading steps by: 16 + (osrs - 1) bits of 20, all 20 with the filter on. */
    private static int step(int osrs, boolean filter) {
        int bits = filter || osrs == 0 ? 20 : 16 + Math.min(osrs, 5) - 1;
        return 1 << (20 - bits);
    }

    private long micros() {
        Instant now = wallClock.instant();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    static void reset(ChipMemory memory) {
        int[] registers = new int[0x100];
        new Bme280Calibration().store(registers);
        registers[CHIP_ID] = 0x60;
        int[] resetData = {0x80, 0x00, 0x00, 0x80, 0x00, 0x00, 0x80, 0x00};
        System.arraycopy(resetData, 0, registers, DATA, 8);
        for (int i = 0; i < 0x100; i++) {
            memory.set(i, registers[i]);
        }
        memory.set(PENDING, 0);
    }

    /** The model the simulator finds through its service file. */
    public static final class Model implements ChipModel {
        @Override
        public String type() {
            return "bme280";
        }

        @Override
        public String title() {
            return "BME280 humidity, pressure and temperature sensor";
        }

        @Override
        public int[] addresses() {
            return new int[] {0x76, 0x77};
        }

        @Override
        public int memorySize() {
            return SIZE;
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Ordered.map("temperature", "21.5", "pressure", "1013.25", "humidity", "45");
        }

        @Override
        public Map<String, String> settingHelp() {
            return Ordered.map("temperature", "°C (-40 to 85)", "pressure", "hPa (300 to 1100)",
                    "humidity", "% relative humidity (0 to 100)");
        }

        @Override
        public void powerOn(ChipMemory memory) {
            reset(memory);
            memory.set(POINTER, 0);
        }

        @Override
        public SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock) {
            return new Bme280Chip(address, memory, wallClock, settings.number("temperature", -40, 85),
                    settings.number("pressure", 300, 1100), settings.number("humidity", 0, 100));
        }
    }
}
