// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.util.Map;

/**
 * An SSD1306 128x64 OLED controller on I2C. After its address each write carries control bytes:
 * Co (bit 7) 0 means every byte that follows is of one kind, 1 means one byte and then another
 * control byte; D/C# (bit 6) says whether the bytes are commands or display data. Commands and
 * their parameters are decoded by {@link Ssd1306Commands}; a command's parameters may arrive in
 * later transactions, as libraries that send one byte per transaction do. Data goes to the
 * 1 KiB display RAM (8 pages of 128 columns, one byte a column of 8 pixels, bit 0 on top) at the
 * pointer, stepping by the memory addressing mode (page, horizontal or vertical). A read returns
 * the status byte (bit 6: display off).
 *
 * <p>{@link #panel()} renders what the glass shows, honouring display on/off, inversion, entire
 * display on, segment remap, COM scan direction, start line, display offset and multiplex ratio.
 * A "standard" module is assumed: with segment remap (0xA1) and COM scan remap (0xC8), the
 * settings every library sends, RAM column 0 is at the left and page 0 at the top.
 *
 * <p>Memory: 0x000-0x3FF display RAM, then the controller's registers ({@link Ssd1306Commands}).
 */
final class Ssd1306Chip extends AddressedChip {
    static final int WIDTH = 128;
    static final int HEIGHT = 64;

    private final Ssd1306Commands registers;
    private boolean controlNext;
    private boolean single;
    private boolean data;

    Ssd1306Chip(int address, ChipMemory memory) {
        super(address, "SSD1306 128x64 OLED controller", memory);
        this.registers = new Ssd1306Commands(memory);
    }

    @Override
    public boolean start(int address, boolean read, long now) {
        controlNext = !read;
        return true;
    }

    @Override
    public boolean write(int value, long now) {
        if (controlNext) {
            single = (value & 0x80) != 0;
            data = (value & 0x40) != 0;
            controlNext = false;
            return true;
        }
        if (data) {
            registers.writeData(value);
        } else {
            registers.command(value);
        }
        controlNext = single;
        return true;
    }

    @Override
    public int read(boolean hostAcks, long now) {
        return registers.displayOn() ? 0x00 : 0x40;
    }

    @Override
    public void stop(long now) {
        controlNext = false;
    }

    @Override
    public void abandon(long now) {
        controlNext = false;
    }

    boolean isOn() {
        return registers.displayOn();
    }

    /** The glass, {@code [row][column]}, true where a pixel is lit. */
    boolean[][] panel() {
        boolean[][] lit = new boolean[HEIGHT][WIDTH];
        if (!registers.displayOn()) {
            return lit;
        }
        int mux = registers.multiplex();
        for (int y = 0; y < HEIGHT; y++) {
            // which display line glass row y shows: COM63 is the top row of a standard module
            int line = registers.comRemapped() ? y : HEIGHT - 1 - y;
            for (int x = 0; x < WIDTH; x++) {
                boolean on;
                if (line >= mux) {
                    on = false;
                } else if (registers.entireOn()) {
                    on = true;
                } else {
                    int row = (line + registers.startLine() + registers.offset()) % HEIGHT;
                    int column = registers.segmentRemapped() ? x : WIDTH - 1 - x;
                    on = (memory.get(row / 8 * WIDTH + column) >> (row % 8) & 1) != 0;
                    on ^= registers.inverted();
                }
                lit[y][x] = on;
            }
        }
        return lit;
    }

    /** The model the simulator finds through its service file. */
    public static final class Model implements ChipModel {
        @Override
        public String type() {
            return "ssd1306";
        }

        @Override
        public String title() {
            return "SSD1306 128x64 OLED display controller (frame buffer to PNG)";
        }

        @Override
        public int[] addresses() {
            return new int[] {0x3c, 0x3d};
        }

        @Override
        public int memorySize() {
            return Ssd1306Commands.SIZE;
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Map.of();
        }

        @Override
        public Map<String, String> settingHelp() {
            return Map.of();
        }

        @Override
        public void powerOn(ChipMemory memory) {
            new Ssd1306Commands(memory).reset();
        }

        @Override
        public SimChip create(int address, ChipMemory memory, ChipSettings settings, Clock wallClock) {
            return new Ssd1306Chip(address, memory);
        }
    }
}
