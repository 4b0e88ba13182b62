// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A DS3231 real-time clock: time and date in BCD at 0x00-0x06 (seconds, minutes, hours in 24-
 * or 12-hour mode, day 1-7, date, month with the century bit, year 00-99), two alarms at
 * 0x07-0x0D, control 0x0E (0x1C at power-on), status 0x0F (OSF set at power-on: the time is not
 * to be trusted until set), aging offset 0x10 and the temperature at 0x11-0x12 (10 bits, 0.25 °C).
 * The pointer steps after each byte and wraps from 0x12 to 0x00.
 *
 * <p>The clock runs on the host's wall clock, so it keeps time between commands like the real
 * one on its battery. As on the chip, a start condition copies the running time into the
 * registers a read then sends, so a multi-byte read is consistent; a write of time registers
 * sets the clock when the transaction ends. Alarm matching and the square-wave output are not
 * modelled: the alarm registers hold what was written, A1F/A2F clear only.
 *
 * <p>Memory: cells 0x00-0x12 the registers, 0x13-0x1A the chip time minus the host time (ms),
 * 0x1B the day register's offset from the ISO day of week, 0x1C the pointer, 0x1D time written.
 */
final class Ds3231Chip extends PointerChip {
    private static final int STATUS = 0x0f;
    private static final int TEMP_MSB = 0x11;
    private static final int LAST = 0x12;
    private static final int OFFSET = 0x13;
    private static final int DAY_SHIFT = 0x1b;
    private static final int POINTER = 0x1c;
    private static final int TIME_WRITTEN = 0x1d;
    private static final int SIZE = 0x1e;
    private static final LocalDateTime POWER_ON = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Clock wallClock;
    private final double celsius;

    Ds3231Chip(int address, ChipMemory memory, Clock wallClock, double celsius) {
        super(address, "DS3231 real-time clock", memory);
        this.wallClock = wallClock;
        this.celsius = celsius;
    }

    /** The time the chip keeps now. */
    LocalDateTime time() {
        long ms = wallClock.millis() + Cells.readLong(memory, OFFSET);
        return LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000), 0, ZoneOffset.UTC);
    }

    @Override
    void began(boolean read, long now) {
        latch(time());
    }

    @Override
    boolean pointTo(int value, long now) {
        memory.set(POINTER, value);
        return true;
    }

    @Override
    boolean writeData(int value, long now) {
        int register = memory.get(POINTER);
        if (register <= LAST) {
            store(register, value);
        }
        step();
        return true;
    }

    @Override
    int readData(long now) {
        int register = memory.get(POINTER);
        int value = register <= LAST ? memory.get(register) : 0;
        step();
        return value;
    }

    @Override
    void ended(long now) {
        if (memory.get(TIME_WRITTEN) != 0) {
            memory.set(TIME_WRITTEN, 0);
            set(fromRegisters());
        }
    }

    private void step() {
        int p = memory.get(POINTER);
        memory.set(POINTER, p >= LAST ? 0 : p + 1);
    }

    private void store(int register, int value) {
        if (register <= 0x06) {
            memory.set(register, value);
            memory.set(TIME_WRITTEN, 1);
        } else if (register == STATUS) {
            int old = memory.get(STATUS);
            // OSF, A2F and A1F can only be cleared; EN32kHz is writable; BSY is read-only
            memory.set(STATUS, old & value & 0x83 | value & 0x08 | old & 0x04);
        } else if (register < TEMP_MSB) {
            memory.set(register, value);
        }
    }

    /** Sets the clock to {@code t}, keeping the day register's numbering. */
    private void set(LocalDateTime t) {
        long ms = t.toEpochSecond(ZoneOffset.UTC) * 1000;
        Cells.writeLong(memory, OFFSET, ms - wallClock.millis());
        int dayWritten = Math.max(1, Math.min(7, memory.get(0x03) & 0x07));
        memory.set(DAY_SHIFT, Math.floorMod(dayWritten - t.getDayOfWeek().getValue(), 7));
    }

    private LocalDateTime fromRegisters() {
        int hours = memory.get(0x02);
        int hour = (hours & 0x40) != 0
                ? bcd(hours & 0x1f) % 12 + ((hours & 0x20) != 0 ? 12 : 0)
                : bcd(hours & 0x3f);
        int month = memory.get(0x05);
        int year = 2000 + bcd(memory.get(0x06)) + ((month & 0x80) != 0 ? 100 : 0);
        try {
            return LocalDateTime.of(year, clamp(bcd(month & 0x1f), 1, 12), 1, clamp(hour, 0, 23),
                    clamp(bcd(memory.get(0x01) & 0x7f), 0, 59), clamp(bcd(memory.get(0x00) & 0x7f), 0, 59))
                    .plusDays(clamp(bcd(memory.get(0x04) & 0x3f), 1, 31) - 1);
        } catch (java.time.DateTimeException e) {
            return POWER_ON; // nonsense written; the chip would count on from it, we restart
        }
    }

    /** Copies {@code t} into the time registers in the hour mode the host chose. */
    private void latch(LocalDateTime t) {
        memory.set(0x00, bcdOf(t.getSecond()));
        memory.set(0x01, bcdOf(t.getMinute()));
        boolean twelve = (memory.get(0x02) & 0x40) != 0;
        if (twelve) {
            int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            memory.set(0x02, 0x40 | (t.getHour() >= 12 ? 0x20 : 0) | bcdOf(h));
        } else {
            memory.set(0x02, bcdOf(t.getHour()));
        }
        memory.set(0x03, Math.floorMod(t.getDayOfWeek().getValue() - 1 + memory.get(DAY_SHIFT), 7) + 1);
        memory.set(0x04, bcdOf(t.getDayOfMonth()));
        int years = t.getYear() - 2000;
        memory.set(0x05, bcdOf(t.getMonthValue()) | (years >= 100 ? 0x80 : 0));
        memory.set(0x06, bcdOf(Math.floorMod(years, 100)));
        int quarters = (int) Math.max(-512, Math.min(511, Math.round(celsius * 4)));
        memory.set(TEMP_MSB, quarters >> 2 & 0xff);
        memory.set(TEMP_MSB + 1, (quarters & 3) << 6);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    private static int bcd(int v) {
        return (v >> 4) * 10 + (v & 0x0f);
    }

    private static int bcdOf(int v) {
        return v / 10 << 4 | v % 10;
    }

    /** The model the simulator finds through its service file. */
    public static final class Model implements ChipModel {
        private final Clock powerOnClock;

        public Model() {
            this(Clock.systemUTC());
        }

        Model(Clock powerOnClock) {
            this.powerOnClock = powerOnClock;
        }

        @Override
        public String type() {
            return "ds3231";
        }

        @Override
        public String title() {
            return "DS3231 real-time clock (BCD registers, runs on the host's clock)";
        }

        @Override
        public int[] addresses() {
            return new int[] {0x68};
        }

        @Override
        public int memorySize() {
            return SIZE;
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Map.of("temperature", "25");
        }

        @Override
        public Map<String, String> settingHelp() {
            return Map.of("temperature", "what its sensor reads, °C (-40 to 85)");
        }

        @Override
        public void powerOn(ChipMemory memory) {
            for (int i = 0; i < SIZE; i++) {
                memory.set(i, 0);
            }
            memory.set(0x03, 1);
            memory.set(0x04, 1);
            memory.set(0x05, 1);
            memory.set(0x0e, 0x1c);
            memory.set(STATUS, 0x88);
            Ds3231Chip chip = new Ds3231Chip(0x68, memory, powerOnClock, 25);
            chip.set(POWER_ON);
            memory.set(DAY_SHIFT, Math.floorMod(1 - POWER_ON.getDayOfWeek().getValue(), 7));
        }

        @Override
        public SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock) {
            return new Ds3231Chip(address, memory, wallClock, settings.number("temperature", -40, 85));
        }
    }
}
