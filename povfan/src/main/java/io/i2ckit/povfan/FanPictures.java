// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Pictures of messages and fonts, as PNG bytes: the strings flat, and the whole font as a sheet. */
public final class FanPictures {
    private static final int PITCH = 10;
    private static final int MARGIN = 16;

    private FanPictures() {
    }

    /** Each string as a band of LEDs, numbered, one under the other. */
    public static byte[] strings(FanFont font, List<List<Glyph>> strings) {
        int longest = strings.stream().mapToInt(List::size).max().orElse(0);
        int labelSpace = LedPainter.labelWidth(2, 2) + MARGIN;
        int width = MARGIN + labelSpace + Math.max(1, longest * 6 - 1) * PITCH + MARGIN;
        int band = Glyph.ROWS * PITCH + MARGIN;
        BufferedImage image = LedPainter.canvas(width, MARGIN + strings.size() * band);
        Graphics2D g = LedPainter.graphics(image);
        for (int s = 0; s < strings.size(); s++) {
            int y = MARGIN + s * band;
            LedPainter.label(image, font, Integer.toString(s + 1), MARGIN, y + (Glyph.ROWS * PITCH - 14) / 2, 2);
            LedPainter.glyphs(g, strings.get(s), MARGIN + labelSpace, y, PITCH);
        }
        g.dispose();
        return png(image);
    }

    /** Every glyph of {@code font}, 16 to a row, each with its code point under it. */
    public static byte[] fontSheet(FanFont font) {
        int perRow = 16;
        int cellWidth = 48;
        int cellHeight = 70;
        int pitch = 7;
        List<Map.Entry<Integer, Glyph>> glyphs = List.copyOf(font.glyphs().entrySet());
        int rows = (glyphs.size() + perRow - 1) / perRow;
        BufferedImage image = LedPainter.canvas(MARGIN * 2 + perRow * cellWidth, MARGIN * 2 + rows * cellHeight);
        Graphics2D g = LedPainter.graphics(image);
        for (int i = 0; i < glyphs.size(); i++) {
            int x = MARGIN + (i % perRow) * cellWidth;
            int y = MARGIN + (i / perRow) * cellHeight;
            LedPainter.glyphs(g, List.of(glyphs.get(i).getValue()), x + (cellWidth - 5 * pitch) / 2, y, pitch);
            String code = String.format("%04X", glyphs.get(i).getKey());
            LedPainter.label(image, font, code, x + (cellWidth - LedPainter.labelWidth(code.length(), 1)) / 2,
                    y + Glyph.ROWS * pitch + 8, 1);
        }
        g.dispose();
        return png(image);
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java has no PNG writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
