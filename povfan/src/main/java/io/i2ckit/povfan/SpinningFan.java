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
 * going round. The whole string stays in view, as persistence of vision shows it.
 */
public final class SpinningFan {
    private static final int SIZE = 360;
    private static final double TIP = 160;
    private static final double ROW_STEP = 10;
    private static final int FRAMES_PER_STRING = 12;
    private static final int FRAME_MS = 100;
    private static final double MAX_ARC = Math.toRadians(300);

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
                    for (int f = 0; f < FRAMES_PER_STRING; f++, frame++) {
                        BufferedImage image = frame(s, Math.toRadians(frame * 33.0));
                        IIOMetadata meta = writer.getDefaultImageMetadata(
                                ImageTypeSpecifier.createFromRenderedImage(image), null);
                        timing(meta, frame == 0);
                        writer.writeToSequence(new IIOImage(image, null, meta), null);
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

    /** One frame: the swept disc, the string on its arc, the blade at {@code blade} radians from the top. */
    static BufferedImage frame(List<Glyph> glyphs, double blade) {
        BufferedImage image = LedPainter.canvas(SIZE, SIZE);
        Graphics2D g = LedPainter.graphics(image);
        double cx = SIZE / 2.0;
        double cy = SIZE / 2.0;
        g.setColor(new Color(26, 26, 32));
        LedPainter.fillCircle(g, cx, cy, 2 * (TIP + 8));
        int columns = Math.max(1, glyphs.size() * 6 - 1);
        double middle = TIP - 3 * ROW_STEP;
        double step = Math.min(ROW_STEP / middle, MAX_ARC / columns);
        for (int k = 0; k < glyphs.size(); k++) {
            for (int c = 0; c < Glyph.COLUMNS; c++) {
                // column 0 of the string sits left of the top; angles are measured clockwise from the top
                double angle = (k * 6 + c - (columns - 1) / 2.0) * step;
                for (int r = 0; r < Glyph.ROWS; r++) {
                    double radius = TIP - r * ROW_STEP;
                    double x = cx + radius * Math.sin(angle);
                    double y = cy - radius * Math.cos(angle);
                    if (glyphs.get(k).lit(r, c)) {
                        LedPainter.led(g, x, y, Math.min(ROW_STEP, radius * step) * 0.8, true);
                    }
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

    private static void timing(IIOMetadata meta, boolean first) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(FRAME_MS / 10));
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
