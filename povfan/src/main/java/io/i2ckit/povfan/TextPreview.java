// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import java.util.ArrayList;
import java.util.List;

/**
 * A string as the fan shows it, in a terminal: 7 lines of '█' (lit) and '·' (dark). The image
 * holds 5 columns per character and nothing between them; previews draw one dark column between
 * characters, as 5x7 displays do, so letters that fill their cell stay apart.
 */
public final class TextPreview {
    public static final char LIT = '█';
    public static final char DARK = '·';

    private TextPreview() {
    }

    public static List<String> lines(List<Glyph> glyphs) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < Glyph.ROWS; r++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < glyphs.size(); k++) {
                if (k > 0) {
                    line.append(DARK);
                }
                for (int c = 0; c < Glyph.COLUMNS; c++) {
                    line.append(glyphs.get(k).lit(r, c) ? LIT : DARK);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The glyphs of {@code text} in {@code font}, a missing character as a blank cell. */
    public static List<Glyph> glyphs(FanFont font, String text) {
        return text.codePoints().mapToObj(cp -> font.glyph(cp).orElse(Glyph.BLANK)).toList();
    }
}
