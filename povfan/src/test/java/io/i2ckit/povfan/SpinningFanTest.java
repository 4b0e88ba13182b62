// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spinning fan keeps one column spacing at any length: long strings scroll, never squeeze. */
class SpinningFanTest {
    private static final FanFont FONT = FanFont.standard();

    private static List<Glyph> glyphs(String s) {
        return TextPreview.glyphs(FONT, s);
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void aStringThatFitsStandsStill() {
        List<int[]> views = SpinningFan.views(SpinningFan.columns(glyphs("Talita")));
        assertEquals(12, views.size());
        assertTrue(views.stream().allMatch(v -> v[0] == 0));
    }

    @Test
    void aLongStringScrollsFromItsStartToItsEndAndIsHeldAtBoth() {
        int columns = SpinningFan.columns(glyphs("Talita, eu te amo muito mais do que as estrelas"));
        assertTrue(columns > SpinningFan.WINDOW, "the test needs a string longer than the arc");
        List<int[]> views = SpinningFan.views(columns);
        assertEquals(0, views.get(0)[0]);
        assertEquals(columns - SpinningFan.WINDOW, views.get(views.size() - 1)[0]);
        for (int i = 1; i < views.size(); i++) {
            int moved = views.get(i)[0] - views.get(i - 1)[0];
            assertTrue(moved >= 0 && moved <= 2, "never skips a column: " + moved);
        }
    }

    @Test
    void theArcShowsTheSameColumnsAtTheSameSpacingWhateverTheLength() {
        String longer = "Talita, eu te amo muito mais do que as estrelas";
        String prefix = longer.substring(0, 12); // 71 columns: also wider than the arc
        BufferedImage a = SpinningFan.frame(glyphs(longer), 0, 0);
        BufferedImage b = SpinningFan.frame(glyphs(prefix), 0, 0);
        assertTrue(samePixels(a, b), "the first view of a long string is its first characters, not a squeezed whole");
        assertFalse(samePixels(a, SpinningFan.frame(glyphs(longer), 6, 0)), "scrolling moves the text");
    }
}
