// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.OutputFiles;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanPictures;
import io.i2ckit.povfan.Glyph;
import io.i2ckit.povfan.SpinningFan;
import io.i2ckit.povfan.TextPreview;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The terminal preview every fan command shows, and the pictures asked for with --png and --gif. */
final class Previews {
    @Option(names = "--png", paramLabel = "FILE", description = "Also draw the strings into this PNG picture.")
    Path png;

    @Option(names = "--gif", paramLabel = "FILE", description = "Also draw the spinning fan showing the strings in turn, as an animated GIF.")
    Path gif;

    @Option(names = "--no-preview", description = "Do not draw the strings' LEDs in the terminal (the text is still listed).")
    boolean quiet;

    /** Fails, before anything is done, when --png or --gif names a file that cannot be written. */
    void checkOutputs() {
        OutputFiles.checkWritable(png);
        OutputFiles.checkWritable(gif);
    }

    /** Prints each string and (unless --no-preview) its 7 rows, then writes the pictures asked for. */
    void show(Session session, FanFont font, List<String> strings, List<List<Glyph>> glyphs) {
        PrintWriter out = session.out();
        for (int s = 0; s < strings.size(); s++) {
            out.printf("%d: \"%s\"%n", s + 1, strings.get(s));
            if (!quiet) {
                TextPreview.lines(glyphs.get(s)).forEach(l -> out.println("   " + l));
            }
        }
        if (png != null) {
            boolean stream = OutputFiles.write(png, FanPictures.strings(font, glyphs));
            (stream ? session.err() : out).printf("Drew %s into %s%n", Numbers.count(glyphs.size(), "string"), png);
        }
        if (gif != null) {
            boolean stream = OutputFiles.write(gif, SpinningFan.gif(glyphs));
            (stream ? session.err() : out).printf("Drew the spinning fan into %s%n", gif);
        }
    }

    static List<List<Glyph>> glyphs(FanFont font, List<String> strings) {
        return strings.stream().map(s -> TextPreview.glyphs(font, s)).toList();
    }
}
