// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import java.util.ArrayList;
import java.util.List;

/**
 * A fan image back to strings, glyph by glyph through a font. Bit 7 of each column is ignored
 * (other writers leave it 0). A glyph the font does not have reads as '?' and is listed. Bytes
 * after the last string are not looked at: the rest of the memory holds whatever was there.
 */
public final class FanDecoder {
    private final FanFont font;

    public FanDecoder(FanFont font) {
        this.font = font;
    }

    /** What a fan image says. */
    public record Decoded(List<String> strings, List<List<Glyph>> glyphs, List<Unknown> unknowns, int length) {
    }

    /** A glyph no character of the font matches: in string {@code string} (1-based), character {@code position}. */
    public record Unknown(int string, int position, int offset, Glyph glyph) {
        public String describe() {
            return String.format("string %d, character %d (bytes %d-%d): %s", string, position, offset, offset + 4,
                    String.join(" ", glyph.rows()));
        }
    }

    /** @throws FanFormatException when the image is not a whole fan message */
    public Decoded decode(byte[] image) {
        if (image.length == 0) {
            throw new FanFormatException("the image is empty: a fan message starts with its count of strings");
        }
        int count = image[0] & 0xff;
        if (count == 0xff && allErased(image)) {
            throw new FanFormatException("no message: every byte is 0xFF, as an erased EEPROM reads");
        }
        List<String> strings = new ArrayList<>();
        List<List<Glyph>> glyphs = new ArrayList<>();
        List<Unknown> unknowns = new ArrayList<>();
        int at = 1;
        for (int s = 1; s <= count; s++) {
            if (at >= image.length) {
                throw new FanFormatException(String.format("not a fan message: byte 0 says %d strings, but the image"
                        + " (%d bytes) ends before string %d begins", count, image.length, s));
            }
            int length = image[at] & 0xff;
            int end = at + 1 + 5 * length;
            if (end > image.length) {
                throw new FanFormatException(String.format("not a fan message: string %d of %d says %d characters"
                        + " (bytes %d-%d), but the image ends at byte %d", s, count, length, at, end - 1, image.length - 1));
            }
            Glyph[] line = new Glyph[length];
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                int stored = at + 1 + 5 * (length - 1 - k); // characters last to first
                int[] columns = new int[Glyph.COLUMNS];
                for (int j = 0; j < Glyph.COLUMNS; j++) {
                    columns[Glyph.COLUMNS - 1 - j] = ~image[stored + j] & 0x7f; // right to left, active-low
                }
                Glyph g = Glyph.ofColumns(columns);
                line[k] = g;
                Integer cp = font.character(g).orElse(null);
                if (cp == null) {
                    unknowns.add(new Unknown(s, k + 1, stored, g));
                    text.append('?');
                } else {
                    text.appendCodePoint(cp);
                }
            }
            strings.add(text.toString());
            glyphs.add(List.of(line));
            at = end;
        }
        return new Decoded(List.copyOf(strings), List.copyOf(glyphs), List.copyOf(unknowns), at);
    }

    private static boolean allErased(byte[] image) {
        for (byte b : image) {
            if (b != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }
}
