// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;

/**
 * The SSD1306's command decoder and registers, kept in the chip's memory after the display RAM
 * so a command sent by one process holds for the next. Commands with parameters wait for them
 * (one byte each), wherever they arrive. Scrolling commands are accepted and their parameters
 * consumed, but the picture does not scroll.
 */
final class Ssd1306Commands {
    private static final int RAM = 1024;
    private static final int PENDING = RAM;          // command waiting for parameters, 0 = none
    private static final int NEEDED = RAM + 1;       // parameters still to come
    private static final int PARAMS = RAM + 2;       // up to 6 parameters received so far
    private static final int FLAGS = RAM + 8;        // bit 0 on, 1 inverted, 2 entire on, 3 seg remap, 4 com remap
    private static final int START_LINE = RAM + 9;
    private static final int OFFSET = RAM + 10;
    private static final int MUX = RAM + 11;         // multiplex ratio minus 1
    private static final int MODE = RAM + 12;        // 0 horizontal, 1 vertical, 2 page
    private static final int COL_START = RAM + 13;
    private static final int COL_END = RAM + 14;
    private static final int PAGE_START = RAM + 15;
    private static final int PAGE_END = RAM + 16;
    private static final int COLUMN = RAM + 17;
    private static final int PAGE = RAM + 18;
    private static final int PAGE_MODE_START = RAM + 19;
    private static final int CONTRAST = RAM + 20;
    static final int SIZE = RAM + 21;

    private final ChipMemory memory;

    Ssd1306Commands(ChipMemory memory) {
        this.memory = memory;
    }

    /** The power-on state: display off, page addressing, 64 lines, RAM as it was (cleared here). */
    void reset() {
        for (int i = 0; i < SIZE; i++) {
            memory.set(i, 0);
        }
        memory.set(MUX, 63);
        memory.set(MODE, 2);
        memory.set(COL_END, 127);
        memory.set(PAGE_END, 7);
        memory.set(CONTRAST, 0x7f);
    }

    boolean displayOn() {
        return flag(0);
    }

    boolean inverted() {
        return flag(1);
    }

    boolean entireOn() {
        return flag(2);
    }

    boolean segmentRemapped() {
        return flag(3);
    }

    boolean comRemapped() {
        return flag(4);
    }

    int startLine() {
        return memory.get(START_LINE);
    }

    int offset() {
        return memory.get(OFFSET);
    }

    int multiplex() {
        return memory.get(MUX) + 1;
    }

    int contrast() {
        return memory.get(CONTRAST);
    }

    void command(int value) {
        int pending = memory.get(PENDING);
        if (pending != 0) {
            int got = parameterCount(pending) - memory.get(NEEDED);
            memory.set(PARAMS + got, value);
            memory.set(NEEDED, memory.get(NEEDED) - 1);
            if (memory.get(NEEDED) == 0) {
                memory.set(PENDING, 0);
                withParameters(pending);
            }
            return;
        }
        int count = parameterCount(value);
        if (count > 0) {
            memory.set(PENDING, value);
            memory.set(NEEDED, count);
            return;
        }
        simple(value);
    }

    private static int parameterCount(int command) {
        return switch (command) {
            case 0x81, 0x8d, 0x20, 0xa8, 0xad, 0xd3, 0xd5, 0xd9, 0xda, 0xdb -> 1;
            case 0x21, 0x22, 0xa3 -> 2;
            case 0x29, 0x2a -> 5;
            case 0x26, 0x27 -> 6;
            default -> 0;
        };
    }

    private void simple(int c) {
        if (c <= 0x0f) {
            memory.set(PAGE_MODE_START, memory.get(PAGE_MODE_START) & 0xf0 | c);
            memory.set(COLUMN, memory.get(PAGE_MODE_START));
        } else if (c <= 0x1f) {
            memory.set(PAGE_MODE_START, (c & 0x07) << 4 | memory.get(PAGE_MODE_START) & 0x0f);
            memory.set(COLUMN, memory.get(PAGE_MODE_START));
        } else if (c >= 0x40 && c <= 0x7f) {
            memory.set(START_LINE, c & 0x3f);
        } else if (c >= 0xb0 && c <= 0xb7) {
            memory.set(PAGE, c & 0x07);
        } else {
            switch (c) {
                case 0xa0, 0xa1 -> setFlag(3, c == 0xa1);
                case 0xa4, 0xa5 -> setFlag(2, c == 0xa5);
                case 0xa6, 0xa7 -> setFlag(1, c == 0xa7);
                case 0xae, 0xaf -> setFlag(0, c == 0xaf);
                case 0xc0, 0xc8 -> setFlag(4, c == 0xc8);
                default -> {
                    // NOP (0xE3), scroll on/off and anything undefined change nothing drawn
                }
            }
        }
    }

    private void withParameters(int c) {
        int a = memory.get(PARAMS);
        int b = memory.get(PARAMS + 1);
        switch (c) {
            case 0x81 -> memory.set(CONTRAST, a);
            case 0x20 -> memory.set(MODE, (a & 3) == 3 ? memory.get(MODE) : a & 3); // 3 is invalid
            case 0x21 -> {
                memory.set(COL_START, a & 0x7f);
                memory.set(COL_END, b & 0x7f);
                memory.set(COLUMN, a & 0x7f);
            }
            case 0x22 -> {
                memory.set(PAGE_START, a & 0x07);
                memory.set(PAGE_END, b & 0x07);
                memory.set(PAGE, a & 0x07);
            }
            case 0xa8 -> {
                if ((a & 0x3f) >= 15) { // 0 to 14 are invalid and ignored
                    memory.set(MUX, a & 0x3f);
                }
            }
            case 0xd3 -> memory.set(OFFSET, a & 0x3f);
            default -> {
                // clock, precharge, COM pins, VCOMH, charge pump, scrolling: nothing to draw
            }
        }
    }

    void writeData(int value) {
        int page = memory.get(PAGE);
        int column = memory.get(COLUMN);
        memory.set(page * Ssd1306Chip.WIDTH + column, value);
        switch (memory.get(MODE)) {
            case 0 -> { // horizontal: along the columns, then to the next page
                if (column >= memory.get(COL_END)) {
                    memory.set(COLUMN, memory.get(COL_START));
                    memory.set(PAGE, page >= memory.get(PAGE_END) ? memory.get(PAGE_START) : page + 1);
                } else {
                    memory.set(COLUMN, column + 1);
                }
            }
            case 1 -> { // vertical: down the pages, then to the next column
                if (page >= memory.get(PAGE_END)) {
                    memory.set(PAGE, memory.get(PAGE_START));
                    memory.set(COLUMN, column >= memory.get(COL_END) ? memory.get(COL_START) : column + 1);
                } else {
                    memory.set(PAGE, page + 1);
                }
            }
            default -> memory.set(COLUMN, column >= 127 ? memory.get(PAGE_MODE_START) : column + 1);
        }
    }

    private boolean flag(int bit) {
        return (memory.get(FLAGS) >> bit & 1) != 0;
    }

    private void setFlag(int bit, boolean on) {
        int f = memory.get(FLAGS);
        memory.set(FLAGS, on ? f | 1 << bit : f & ~(1 << bit));
    }
}
