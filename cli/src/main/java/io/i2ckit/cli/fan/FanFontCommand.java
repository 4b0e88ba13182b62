// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.OutputFiles;
import io.i2ckit.cli.Session;
import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanPictures;
import io.i2ckit.povfan.Glyph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "font", mixinStandardHelpOptions = true,
        description = {"List the characters the fan can show, or draw the font as a sheet (--png); --show draws glyphs "
                + "in the font file's own format, to copy into a --font file and edit.",
                "Font file format: a line 'char C' (or 'char U+XXXX'), then 7 rows of 5 cells, '#' lit and '.' dark; "
                        + "';' starts a comment."})
final class FanFontCommand implements Runnable {
    private Session session;

    @Mixin
    FanText.FontOptions fonts;

    @Option(names = "--png", paramLabel = "FILE", description = "Draw every glyph into this PNG sheet.")
    Path png;

    /** An empty glyph, ready to draw in. */
    private static final List<String> BLANK = java.util.Collections.nCopies(Glyph.ROWS, ".".repeat(Glyph.COLUMNS));

    @Option(names = "--show", paramLabel = "CHARS", description = "Print these characters' glyphs in the font file format.")
    String show;

    FanFontCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        FanFont font = fonts.font(session);
        if (png != null) {
            boolean stream = OutputFiles.write(png, FanPictures.fontSheet(font));
            (stream ? session.err() : session.out()).printf("Drew %d glyphs into %s%n", font.glyphs().size(), png);
            return;
        }
        if (show != null) {
            FanEncoder.composed(show).codePoints().forEach(cp -> {
                Optional<Glyph> g = font.glyph(cp);
                if (g.isEmpty()) {
                    // a template to fill in: the user draws it with '#' and passes the file with --font
                    session.err().printf("%s is not in the font: below is a blank glyph for it; draw it with '#',"
                            + " save it in a file and add --font FILE%n", FanFont.describe(cp));
                }
                session.out().printf("char %s%n", cp == ' ' || Character.isWhitespace(cp) || Character.isISOControl(cp)
                        ? String.format("U+%04X", cp) : new String(Character.toChars(cp)));
                for (String row : g.map(x -> List.of(x.rows())).orElse(BLANK)) {
                    session.out().println(row);
                }
            });
            return;
        }
        StringBuilder line = new StringBuilder();
        for (Map.Entry<Integer, Glyph> e : font.glyphs().entrySet()) {
            line.append(e.getKey() == ' ' ? "" : new String(Character.toChars(e.getKey())));
        }
        session.out().printf("%d characters (and the space):%n%s%n", font.glyphs().size() - 1, line);
    }
}
