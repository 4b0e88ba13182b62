// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan.studio;

import io.i2ckit.cli.OutputFiles;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.Glyph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's own font file, in the --font format, which the CLI reads too: the glyph editor
 * replaces a character's glyph where the file has one, else adds it at the end; every other
 * line, comments included, stays as it was.
 */
public final class UserFont {
    private final Path file;

    public UserFont(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void save(int codePoint, Glyph glyph) {
        List<String> lines = new ArrayList<>();
        try {
            if (Files.exists(file)) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } else {
                lines.add("; my glyphs, drawn in i2ckit fan studio: 'char C', then 7 rows of '#' (lit) and '.'");
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        removeGlyph(lines, codePoint);
        String name = Character.isWhitespace(codePoint) || codePoint == ';' ? String.format("U+%04X", codePoint)
                : new String(Character.toChars(codePoint));
        lines.add("");
        lines.add("char " + name);
        lines.addAll(List.of(glyph.rows()));
        String text = String.join("\n", lines) + "\n";
        FanFont.parse(text, file.toString()); // never write a file the CLI could not read
        OutputFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Drops the 'char' line of {@code codePoint} and the rows under it. */
    private static void removeGlyph(List<String> lines, int codePoint) {
        for (int i = 0; i < lines.size(); i++) {
            java.util.OptionalInt named = FanFont.charLine(lines.get(i));
            if (named.isEmpty() || named.getAsInt() != codePoint) {
                continue;
            }
            int end = i + 1;
            int rows = 0;
            while (end < lines.size() && rows < Glyph.ROWS) {
                String r = lines.get(end).strip();
                if (!r.isEmpty() && !r.startsWith(";")) {
                    rows++;
                }
                end++;
            }
            lines.subList(i, end).clear();
            i--;
        }
    }
}
