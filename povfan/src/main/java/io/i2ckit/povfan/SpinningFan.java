// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The spinning fan as an animated GIF: each string in turn on the upper arc the blade sweeps,
 * its top row outermost, read left to right as the blade turns clockwise, with the blade itself
 * going round. Columns keep one spacing whatever the string's length, the one at which LEDs do
 * not touch: a string that fits the arc stands still in it, a longer one scrolls through it,
 * held a moment at its start and at its end, so every string is readable at any length.
 */
public final class SpinningFan {
    private static final int SIZE = 360;
    private static final double TIP = 160;
    private static final double ROW_STEP = 10;
    /** The radius of the middle row, where columns are spaced one row step apart. */
    private static final double MIDDLE = TIP - 3 * ROW_STEP;
    /** Radians between columns. */
    static final double STEP = ROW_STEP / MIDDLE;
    private static final double MAX_ARC = Math.toRadians(300);
    /** Columns the arc shows at once. */
    static final int WINDOW = (int) (MAX_ARC / STEP);
    private static final int FRAMES_PER_STRING = 12;
    private static final int FRAME_MS = 100;
    /** Scrolling: columns a frame moves, how long a frame stays, frames held at each end. */
    private static final int SCROLL_COLUMNS = 2;
    private static final int SCROLL_MS = 60;
    private static final int HOLD_FRAMES = 10;

    private SpinningFan() {
    }

    public static byte[] gif(List<List<Glyph>> strings) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
                int frame = 0;
                for (List<Glyph> s : strings) {
                    List<int[]> views = views(columns(s));
                    for (int[] view : views) {
                        BufferedImage image = frame(s, view[0], Math.toRadians(frame * 33.0));
                        IIOMetadata meta = writer.getDefaultImageMetadata(
                                ImageTypeSpecifier.createFromRenderedImage(image), null);
                        timing(meta, frame == 0, view[1]);
                        writer.writeToSequence(new IIOImage(image, null, meta), null);
                        frame++;
                    }
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns a string takes: 5 a character and one dark between characters. */
    static int columns(List<Glyph> glyphs) {
        return Math.max(1, glyphs.size() * 6 - 1);
    }

    /**
     * The frames of one string, each its first column in view and its time in ms: a string
     * that fits stands still; a longer one is held at its start, scrolls, and is held at its end.
     */
    static List<int[]> views(int columns) {
        List<int[]> views = new java.util.ArrayList<>();
        if (columns <= WINDOW) {
            for (int f = 0; f < FRAMES_PER_STRING; f++) {
                views.add(new int[] {0, FRAME_MS});
            }
            return views;
        }
        int last = columns - WINDOW;
        for (int f = 0; f < HOLD_FRAMES; f++) {
            views.add(new int[] {0, FRAME_MS});
        }
        for (int first = SCROLL_COLUMNS; first < last; first += SCROLL_COLUMNS) {
            views.add(new int[] {first, SCROLL_MS});
        }
        for (int f = 0; f < HOLD_FRAMES; f++) {
            views.add(new int[] {last, FRAME_MS});
        }
        return views;
    }

    /**
     * One frame: the swept disc, the string's columns from {@code first} on the arc (centred when
     * the string is shorter than the arc), the blade at {@code blade} radians from the top.
     */
    static BufferedImage frame(List<Glyph> glyphs, int first, double blade) {
        BufferedImage image = LedPainter.canvas(SIZE, SIZE);
        Graphics2D g = LedPainter.graphics(image);
        double cx = SIZE / 2.0;
        double cy = SIZE / 2.0;
        g.setColor(new Color(26, 26, 32));
        LedPainter.fillCircle(g, cx, cy, 2 * (TIP + 8));
        int shown = Math.min(columns(glyphs), WINDOW);
        for (int j = 0; j < shown; j++) {
            int column = first + j;
            int k = column / 6;
            int c = column % 6;
            if (k >= glyphs.size() || c == Glyph.COLUMNS) {
                continue; // the dark column between characters
            }
            // angles are measured clockwise from the top; the view's middle column sits at the top
            double angle = (j - (shown - 1) / 2.0) * STEP;
            for (int r = 0; r < Glyph.ROWS; r++) {
                double radius = TIP - r * ROW_STEP;
                if (glyphs.get(k).lit(r, c)) {
                    LedPainter.led(g, cx + radius * Math.sin(angle), cy - radius * Math.cos(angle),
                            Math.min(ROW_STEP, radius * STEP) * 0.8, true);
                }
            }
        }
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(90, 90, 100));
        double bx = Math.sin(blade);
        double by = -Math.cos(blade);
        g.draw(new Line2D.Double(cx - bx * 40, cy - by * 40, cx + bx * (TIP + 4), cy + by * (TIP + 4)));
        g.setColor(new Color(140, 140, 150));
        LedPainter.fillCircle(g, cx, cy, 22);
        g.dispose();
        return image;
    }

    private static void timing(IIOMetadata meta, boolean first, int ms) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(ms / 10));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // loop for ever
            apps.appendChild(loop);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
