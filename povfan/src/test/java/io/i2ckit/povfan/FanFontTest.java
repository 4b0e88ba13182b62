// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FanFontTest {
    private final FanFont font = FanFont.standard();

    @Test
    void coversPrintableAsciiLatin1LettersAndGiftSymbols() {
        for (int cp = 0x20; cp <= 0x7e; cp++) {
            assertTrue(font.glyph(cp).isPresent(), FanFont.describe(cp));
        }
        String wanted = "áàâãäçéèêëíìîïñóòôõöúùûüßÁÀÂÃÄÇÉÈÊËÍÌÎÏÑÓÒÔÕÖÚÙÛÜ¡¿°♥☺★♪←→";
        wanted.codePoints().forEach(cp -> assertTrue(font.glyph(cp).isPresent(), FanFont.describe(cp)));
    }

    @Test
    void everyGlyphIsDistinctSoReadingBackIsUnambiguous() {
        Set<Glyph> seen = new HashSet<>();
        font.glyphs().forEach((cp, g) -> assertTrue(seen.add(g) || cp == 0x20, FanFont.describe(cp) + " repeats a glyph"));
        font.glyphs().forEach((cp, g) -> {
            if (cp != 0x20) {
                assertTrue(g.bits() != 0, FanFont.describe(cp) + " is blank");
            }
        });
    }

    @Test
    void glyphsKeepTheirDrawing() {
        Glyph t = font.glyph('T').orElseThrow();
        assertEquals("#####", t.rows()[0]);
        assertEquals("..#..", t.rows()[6]);
        assertEquals(0x40, t.column(0));
        assertEquals(0x7f, t.column(2));
    }

    @Test
    void aUserFontAddsAndReplacesGlyphs() {
        FanFont mine = FanFont.parse("""
                ; a heart of my own, and a new character
                char ♥
                #...#
                .#.#.
                ..#..
                .....
                .....
                .....
                .....
                char U+263B   ; black smiling face
                #####
                #.#.#
                #####
                #...#
                ##.##
                #####
                .....
                """, "mine.txt");
        FanFont merged = font.with(mine);
        assertEquals("#...#", merged.glyph(0x2665).orElseThrow().rows()[0]);
        assertTrue(merged.glyph(0x263b).isPresent());
        assertEquals(font.glyph('A'), merged.glyph('A'));
    }

    @Test
    void aFaultInAFontFileNamesTheLine() {
        assertEquals("f.txt line 3: '#..x#' is not a glyph row: 5 cells of '#' (lit) or '.' (dark)",
                assertThrows(FanFormatException.class, () -> FanFont.parse("char A\n.###.\n#..x#\n", "f.txt")).getMessage());
        assertEquals("f.txt line 3: the glyph begun on line 1 has 1 rows; a glyph has 7",
                assertThrows(FanFormatException.class, () -> FanFont.parse("char A\n.###.\nchar B\n", "f.txt")).getMessage());
        assertTrue(assertThrows(FanFormatException.class, () -> FanFont.parse("char AB\n", "f.txt")).getMessage()
                .contains("names more than one character"));
        assertTrue(assertThrows(FanFormatException.class, () -> FanFont.parse(".###.\n", "f.txt")).getMessage()
                .startsWith("f.txt line 1: '.###.' comes before any 'char' line"));
        assertTrue(assertThrows(FanFormatException.class, () -> FanFont.parse("char A\n.....\n", "f.txt")).getMessage()
                .contains("ends inside the glyph"));
    }

    @Test
    void aCharLineNamesItsCharacterAndNothingElseDoes() {
        assertEquals(0x2211, FanFont.charLine("char ∑   ; sum").getAsInt());
        assertEquals(0x20, FanFont.charLine("  char U+0020").getAsInt());
        assertTrue(FanFont.charLine("char AB").isEmpty());
        assertTrue(FanFont.charLine("#####").isEmpty());
        assertTrue(FanFont.charLine("; char A").isEmpty());
    }
}
