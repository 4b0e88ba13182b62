// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import java.util.ArrayList;
import java.util.List;

/**
 * Strings to the fan's image: byte 0 the number of strings; each string a length byte (its
 * number of characters) and 5 column bytes per character, the characters last to first and each
 * character's columns right to left; a set bit is a dark LED, bit 6 the top row, bit 7 always 1.
 */
public final class FanEncoder {
    private static final int MAX_COUNT = 255;
    private final FanFont font;
    private final FanProfile profile;

    public FanEncoder(FanFont font, FanProfile profile) {
        this.font = font;
        this.profile = profile;
    }

    /** The fan's column byte for glyph column {@code bits} (bit 6 top, 1 = lit). */
    public static int columnByte(int bits) {
        return 0x80 | (~bits & 0x7f);
    }

    /** Bytes a message of these strings takes. */
    public static int size(List<String> strings) {
        int n = 1;
        for (String s : strings) {
            n += 1 + 5 * s.codePointCount(0, s.length());
        }
        return n;
    }

    /**
     * Encodes {@code strings}; a string the fan cannot hold at all (a character not in the font,
     * empty, over 255 characters, more than the memory) is a {@link FanFormatException} saying
     * which and where; the profile's soft limits only warn.
     */
    public FanMessage encode(List<String> strings) {
        if (strings.isEmpty()) {
            throw new FanFormatException("no strings: a message has at least one");
        }
        if (strings.size() > MAX_COUNT) {
            throw new FanFormatException(strings.size() + " strings: the fan's count byte holds at most " + MAX_COUNT);
        }
        List<String> warnings = new ArrayList<>();
        int size = size(strings);
        if (size > profile.memory()) {
            throw new FanFormatException(String.format("the message needs %d bytes, %d more than the fan's %d-byte memory"
                    + " (%s): shorten it (each character takes 5 bytes, each string 1 more), or let --fit split it",
                    size, size - profile.memory(), profile.memory(), profile.chip()));
        }
        byte[] out = new byte[size];
        out[0] = (byte) strings.size();
        int at = 1;
        for (int s = 0; s < strings.size(); s++) {
            int[] cps = strings.get(s).codePoints().toArray();
            if (cps.length == 0) {
                throw new FanFormatException("string " + (s + 1) + " is empty: give it at least one character (a space will do)");
            }
            if (cps.length > MAX_COUNT) {
                throw new FanFormatException(String.format("string %d has %d characters: its length byte holds at most %d;"
                        + " split it in two", s + 1, cps.length, MAX_COUNT));
            }
            out[at++] = (byte) cps.length;
            for (int k = cps.length - 1; k >= 0; k--) {
                Glyph g = glyphFor(cps[k], s, k, strings.get(s));
                for (int c = Glyph.COLUMNS - 1; c >= 0; c--) {
                    out[at++] = (byte) columnByte(g.column(c));
                }
            }
            if (profile.maxCharacters() > 0 && cps.length > profile.maxCharacters()) {
                warnings.add(String.format("string %d has %d characters, more than the %d of %s; the fan may cut it"
                        + " (--fit splits strings at words)", s + 1, cps.length, profile.maxCharacters(), profile.limitsSource()));
            }
        }
        if (profile.maxStrings() > 0 && strings.size() > profile.maxStrings()) {
            warnings.add(String.format("%d strings, more than the %d of %s; the fan may show only the first %d",
                    strings.size(), profile.maxStrings(), profile.limitsSource(), profile.maxStrings()));
        }
        return new FanMessage(out, List.copyOf(strings), List.copyOf(warnings), profile.memory());
    }

    private Glyph glyphFor(int cp, int string, int index, String text) {
        return font.glyph(cp).orElseThrow(() -> new FanFormatException(String.format(
                "string %d (\"%s\"), character %d: %s is not in the font; draw it in a font file and add --font FILE,"
                        + " or 'i2ckit fan font' lists the characters there are",
                string + 1, Escapes.of(text), index + 1, FanFont.describe(cp))));
    }

    /**
     * Splits each string at spaces into strings of at most the profile's characters (a word
     * longer than that is cut), so a long message fits a fan that shows short strings.
     */
    public List<String> fit(List<String> strings) {
        int limit = profile.maxCharacters() > 0 ? profile.maxCharacters() : MAX_COUNT;
        List<String> out = new ArrayList<>();
        for (String s : strings) {
            StringBuilder line = new StringBuilder();
            for (String word : s.strip().split("\\s+")) {
                while (word.codePointCount(0, word.length()) > limit) {
                    flush(line, out);
                    int cut = word.offsetByCodePoints(0, limit);
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                int have = line.codePointCount(0, line.length());
                int want = word.codePointCount(0, word.length());
                if (have > 0 && have + 1 + want > limit) {
                    flush(line, out);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            flush(line, out);
        }
        return out;
    }

    private static void flush(StringBuilder line, List<String> out) {
        if (line.length() > 0) {
            out.add(line.toString());
            line.setLength(0);
        }
    }
}
