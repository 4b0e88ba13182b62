// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws LEDs and small labels for the pictures. Labels are drawn with the fan font itself, one
 * pixel per LED, so no system font is needed on a headless board.
 */
final class LedPainter {
    static final Color BACKGROUND = new Color(12, 12, 16);
    static final Color LIT = new Color(255, 48, 32);
    static final Color GLOW = new Color(110, 22, 18);
    static final Color DARK = new Color(44, 30, 30);
    static final Color LABEL = new Color(200, 200, 210);

    private LedPainter() {
    }

    static BufferedImage canvas(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    /** One LED of diameter {@code d} centred at (x, y). */
    static void led(Graphics2D g, double x, double y, double d, boolean lit) {
        if (lit) {
            g.setColor(GLOW);
            fillCircle(g, x, y, d * 1.35);
            g.setColor(LIT);
        } else {
            g.setColor(DARK);
        }
        fillCircle(g, x, y, d);
    }

    static void fillCircle(Graphics2D g, double x, double y, double d) {
        g.fill(new java.awt.geom.Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
    }

    /** A row of glyphs as LEDs at {@code pitch} pixels, top-left at (x, y), one dark column between cells. */
    static void glyphs(Graphics2D g, List<Glyph> glyphs, int x, int y, int pitch) {
        for (int k = 0; k < glyphs.size(); k++) {
            for (int c = 0; c < Glyph.COLUMNS; c++) {
                for (int r = 0; r < Glyph.ROWS; r++) {
                    led(g, x + (k * 6 + c + 0.5) * pitch, y + (r + 0.5) * pitch, pitch * 0.72, glyphs.get(k).lit(r, c));
                }
            }
        }
    }

    /** Text in square pixels of {@code scale}, with the fan font; characters it lacks are left blank. */
    static void label(BufferedImage image, FanFont font, String text, int x, int y, int scale) {
        int rgb = LABEL.getRGB();
        List<Glyph> glyphs = TextPreview.glyphs(font, text);
        for (int k = 0; k < glyphs.size(); k++) {
            for (int c = 0; c < Glyph.COLUMNS; c++) {
                for (int r = 0; r < Glyph.ROWS; r++) {
                    if (!glyphs.get(k).lit(r, c)) {
                        continue;
                    }
                    for (int dx = 0; dx < scale; dx++) {
                        for (int dy = 0; dy < scale; dy++) {
                            int px = x + (k * 6 + c) * scale + dx;
                            int py = y + r * scale + dy;
                            if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()) {
                                image.setRGB(px, py, rgb);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Width in pixels of a label of {@code characters} at {@code scale}. */
    static int labelWidth(int characters, int scale) {
        return Math.max(0, characters * 6 - 1) * scale;
    }
}
