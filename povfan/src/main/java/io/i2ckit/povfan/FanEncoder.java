// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import java.text.Normalizer;
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
            String c = composed(s);
            n += 1 + 5 * c.codePointCount(0, c.length());
        }
        return n;
    }

    /**
     * Encodes {@code strings}, each first composed to Unicode NFC (so "e" + U+0301, as some
     * keyboards type "é", finds the glyph for "é"). A message the fan cannot hold at all (characters
     * not in the font, an empty string, over 255 characters, more than the memory) is a
     * {@link FanFormatException} saying which and where; the profile's soft limits only warn.
     */
    public FanMessage encode(List<String> strings) {
        if (strings.isEmpty()) {
            throw new FanFormatException("no strings: a message has at least one");
        }
        if (strings.size() > MAX_COUNT) {
            throw new FanFormatException(strings.size() + " strings: the fan's count byte holds at most " + MAX_COUNT);
        }
        List<String> composed = strings.stream().map(FanEncoder::composed).toList();
        checkFont(composed);
        int size = size(composed);
        if (size > profile.memory()) {
            throw new FanFormatException(String.format("the message needs %d bytes, %d more than the fan's %d-byte memory"
                    + " (%s): %s", size, size - profile.memory(), profile.memory(), profile.chip(), shortening(composed)));
        }
        List<String> warnings = new ArrayList<>();
        byte[] out = new byte[size];
        out[0] = (byte) composed.size();
        int at = 1;
        for (int s = 0; s < composed.size(); s++) {
            int[] cps = composed.get(s).codePoints().toArray();
            if (cps.length == 0) {
                throw new FanFormatException("string " + (s + 1) + " is empty: give it at least one character (a space will do)");
            }
            if (cps.length > MAX_COUNT) {
                throw new FanFormatException(String.format("string %d has %d characters: its length byte holds at most %d;"
                        + " split it in two", s + 1, cps.length, MAX_COUNT));
            }
            out[at++] = (byte) cps.length;
            for (int k = cps.length - 1; k >= 0; k--) {
                Glyph g = font.glyph(cps[k]).orElseThrow();
                for (int c = Glyph.COLUMNS - 1; c >= 0; c--) {
                    out[at++] = (byte) columnByte(g.column(c));
                }
            }
            if (profile.maxCharacters() > 0 && cps.length > profile.maxCharacters()) {
                boolean splits = fits(List.of(composed.get(s)));
                warnings.add(String.format("string %d has %d characters; this fan may show only the first %d%s", s + 1,
                        cps.length, profile.maxCharacters(), splits ? " (--fit splits it)" : ""));
            }
        }
        if (profile.maxStrings() > 0 && composed.size() > profile.maxStrings()) {
            warnings.add(String.format("%d strings; this fan may show only the first %d",
                    composed.size(), profile.maxStrings()));
        }
        return new FanMessage(out, composed, List.copyOf(warnings), profile.memory());
    }

    /** {@code s} in Unicode's composed form (NFC). */
    public static String composed(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Every character the font lacks, each with its string and place, in order, in one error. */
    private void checkFont(List<String> strings) {
        List<String> missing = new ArrayList<>();
        for (int s = 0; s < strings.size(); s++) {
            int[] cps = strings.get(s).codePoints().toArray();
            for (int k = 0; k < cps.length; k++) {
                if (font.glyph(cps[k]).isEmpty()) {
                    missing.add(String.format("string %d (\"%s\") character %d %s", s + 1,
                            Escapes.of(strings.get(s)), k + 1, FanFont.describe(cps[k])));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new FanFormatException(String.format("%s not in the font: %s; draw %s in a font file and add"
                            + " --font FILE, or 'i2ckit fan font' lists the characters there are",
                    missing.size() == 1 ? "1 character is" : missing.size() + " characters are", String.join("; ", missing),
                    missing.size() == 1 ? "it" : "them"));
        }
    }

    /** What would make a message that is too big fit: --fit only where its splitting would. */
    private String shortening(List<String> strings) {
        String shorten = "shorten it (each character takes 5 bytes, each string 1 more)";
        return fits(strings) ? shorten + ", or let --fit split it at spaces (which saves 4 bytes a split)" : shorten;
    }

    /** Whether {@link #fit} changes {@code strings} and its result fits the memory. */
    private boolean fits(List<String> strings) {
        List<String> fitted = fit(strings);
        return !fitted.equals(strings) && size(fitted) <= profile.memory();
    }

    /**
     * Splits each string longer than the profile's characters at spaces into strings that are
     * not (a word longer than that is cut); the spaces at a split are dropped. A string that
     * fits is kept as it is, spaces and all, and so is every string of a profile with no limit.
     */
    public List<String> fit(List<String> strings) {
        int limit = profile.maxCharacters() > 0 ? profile.maxCharacters() : MAX_COUNT;
        List<String> out = new ArrayList<>();
        for (String s : strings) {
            int[] cps = composed(s).codePoints().toArray();
            int from = 0;
            while (cps.length - from > limit) {
                int end = breakBefore(cps, from, from + limit);
                out.add(new String(cps, from, end - from));
                from = end;
                while (from < cps.length && Character.isWhitespace(cps[from])) {
                    from++;
                }
            }
            if (from < cps.length || from == 0) {
                out.add(new String(cps, from, cps.length - from));
            }
        }
        return out;
    }

    /**
     * Where to end a piece that starts at {@code from} and may run to {@code max}: at the last
     * space there that follows a non-space, else (one long word) at {@code max}.
     */
    private static int breakBefore(int[] cps, int from, int max) {
        for (int b = max; b > from; b--) {
            if (Character.isWhitespace(cps[b]) && !Character.isWhitespace(cps[b - 1])) {
                return b;
            }
        }
        return max;
    }
}
