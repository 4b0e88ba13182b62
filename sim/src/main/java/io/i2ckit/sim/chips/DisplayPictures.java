// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.SimChip;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/** Pictures of what a simulated display shows, so a program that draws on it can be looked at. */
public final class DisplayPictures {
    private static final int LIT = 0x9fd8ff;    // a blue-white OLED pixel
    private static final int DARK = 0x101418;
    private static final int GAP = 0x000000;

    private DisplayPictures() {
    }

    /** Whether {@code chip} is a display this class can draw. */
    public static boolean isDisplay(SimChip chip) {
        return chip instanceof Ssd1306Chip;
    }

    /** Whether the display is switched on (command 0xAF); off, its glass is dark whatever its memory holds. */
    public static boolean isOn(SimChip chip) {
        if (!(chip instanceof Ssd1306Chip display)) {
            throw new IllegalArgumentException(chip.describe() + " is not a display");
        }
        return display.isOn();
    }

    /** The lit pixels, {@code [row][column]}. */
    public static boolean[][] pixels(SimChip chip) {
        if (!(chip instanceof Ssd1306Chip display)) {
            throw new IllegalArgumentException(chip.describe() + " is not a display");
        }
        return display.panel();
    }

    /** The glass at {@code scale} screen pixels a display pixel, with a thin gap between pixels. */
    public static BufferedImage picture(SimChip chip, int scale) {
        boolean[][] lit = pixels(chip);
        int rows = lit.length;
        int columns = lit[0].length;
        BufferedImage image = new BufferedImage(columns * scale, rows * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rows * scale; y++) {
            for (int x = 0; x < columns * scale; x++) {
                boolean gap = scale >= 3 && (x % scale == scale - 1 || y % scale == scale - 1);
                image.setRGB(x, y, gap ? GAP : lit[y / scale][x / scale] ? LIT : DARK);
            }
        }
        return image;
    }

    /** Writes {@link #picture} as a PNG. */
    public static void writePng(SimChip chip, int scale, OutputStream out) throws IOException {
        if (!ImageIO.write(picture(chip, scale), "png", out)) {
            throw new IOException("this Java has no PNG writer");
        }
    }
}
