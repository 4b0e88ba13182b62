// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Glyphs by code point, read from the font file format (see {@code font.txt}): a line
 * {@code char C} then 7 rows of 5 cells. The standard font is i2ckit's own; a user's file adds
 * glyphs or replaces them ({@link #with}).
 */
public final class FanFont {
    private static final String RESOURCE = "font.txt";
    private static FanFont standard;

    private final Map<Integer, Glyph> glyphs;
    private final Map<Glyph, Integer> characters;

    private FanFont(Map<Integer, Glyph> glyphs) {
        this.glyphs = Collections.unmodifiableMap(glyphs);
        Map<Glyph, Integer> back = new LinkedHashMap<>();
        glyphs.forEach((cp, g) -> back.putIfAbsent(g, cp)); // the first drawn wins a tie
        this.characters = back;
    }

    /** i2ckit's own font: printable ASCII, the Latin-1 letters of messages, a few symbols. */
    public static synchronized FanFont standard() {
        if (standard == null) {
            try (InputStream in = FanFont.class.getResourceAsStream(RESOURCE)) {
                standard = parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "the built-in font");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standard;
    }

    /** Reads a font file; a fault is a {@link FanFormatException} naming the file and line. */
    public static FanFont read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new FanFormatException(file + " is not UTF-8 text: save the font file as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FanFont parse(String text, String source) {
        try {
            return parse(new StringReader(text), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FanFont parse(Reader reader, String source) throws IOException {
        Map<Integer, Glyph> glyphs = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        Integer current = null;
        int startLine = 0;
        List<String> rows = new ArrayList<>();
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith(";")) {
                continue;
            }
            if (t.startsWith("char ") || t.equals("char")) {
                if (current != null && rows.size() < Glyph.ROWS) {
                    throw fault(source, n, "the glyph begun on line " + startLine + " has " + rows.size()
                            + " rows; a glyph has 7");
                }
                current = characterOf(t.substring(4).strip(), source, n);
                if (glyphs.containsKey(current)) {
                    throw fault(source, n, describe(current) + " is drawn twice in this file");
                }
                startLine = n;
                rows.clear();
                continue;
            }
            if (current == null) {
                throw fault(source, n, "'" + t + "' comes before any 'char' line: begin each glyph with 'char C'");
            }
            if (rows.size() == Glyph.ROWS) {
                throw fault(source, n, "an eighth row for " + describe(current) + ": a glyph has 7 rows");
            }
            if (t.length() != Glyph.COLUMNS || !t.matches("[#.]+")) {
                throw fault(source, n, "'" + t + "' is not a glyph row: 5 cells of '#' (lit) or '.' (dark)");
            }
            rows.add(t);
            if (rows.size() == Glyph.ROWS) {
                glyphs.put(current, Glyph.ofRows(rows.toArray(String[]::new)));
            }
        }
        if (current != null && rows.size() < Glyph.ROWS) {
            throw fault(source, n, "the file ends inside the glyph begun on line " + startLine + " (" + rows.size()
                    + " of 7 rows)");
        }
        if (glyphs.isEmpty()) {
            throw new FanFormatException(source + " has no glyphs: a glyph is a line 'char C' and 7 rows");
        }
        return new FanFont(glyphs);
    }

    private static int characterOf(String rest, String source, int line) {
        int cut = 0;
        while (cut < rest.length() && !Character.isWhitespace(rest.charAt(cut))) {
            cut = rest.offsetByCodePoints(cut, 1);
        }
        String name = rest.substring(0, cut);
        String after = rest.substring(cut).strip();
        if (!after.isEmpty() && !after.startsWith(";")) {
            throw fault(source, line, "'char " + rest + "': one character, then nothing or a '; comment'");
        }
        if (name.matches("(?i)U\\+[0-9a-f]{4,6}")) {
            int cp = Integer.parseInt(name.substring(2), 16);
            if (!Character.isValidCodePoint(cp)) {
                throw fault(source, line, name + " is not a Unicode code point");
            }
            return cp;
        }
        if (name.codePointCount(0, name.length()) != 1) {
            throw fault(source, line, "'char " + name + "' names " + (name.isEmpty() ? "no" : "more than one")
                    + " character: write one, or U+XXXX (U+0020 for the space)");
        }
        return name.codePointAt(0);
    }

    /**
     * The character a font file line names, when it is a {@code char C} line that parses (for
     * tools that edit a font file in place, line by line).
     */
    public static java.util.OptionalInt charLine(String line) {
        String t = line.strip();
        if (!t.startsWith("char ")) {
            return java.util.OptionalInt.empty();
        }
        try {
            return java.util.OptionalInt.of(characterOf(t.substring(4).strip(), "", 0));
        } catch (FanFormatException notAGlyphLine) {
            return java.util.OptionalInt.empty();
        }
    }

    private static FanFormatException fault(String source, int line, String what) {
        return new FanFormatException(source + " line " + line + ": " + what);
    }

    /** This font with {@code other}'s glyphs added, replacing any of the same character. */
    public FanFont with(FanFont other) {
        Map<Integer, Glyph> merged = new LinkedHashMap<>(glyphs);
        merged.putAll(other.glyphs);
        return new FanFont(merged);
    }

    public Optional<Glyph> glyph(int codePoint) {
        return Optional.ofNullable(glyphs.get(codePoint));
    }

    /** The character drawn as {@code glyph}, if any. */
    public Optional<Integer> character(Glyph glyph) {
        return Optional.ofNullable(characters.get(glyph));
    }

    /** Every character, in the order drawn. */
    public Map<Integer, Glyph> glyphs() {
        return glyphs;
    }

    /** A character for messages: itself in quotes and its code point, {@code 'é' (U+00E9)}. */
    public static String describe(int codePoint) {
        String shown = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) ? ""
                : "'" + new String(Character.toChars(codePoint)) + "' ";
        return shown + String.format("(U+%04X)", codePoint);
    }
}
