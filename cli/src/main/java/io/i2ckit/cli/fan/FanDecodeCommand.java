// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.ImageFiles;
import io.i2ckit.povfan.FanDecoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Read a fan image file (raw bytes, as encode or 'eeprom read' write them) back into its strings.")
final class FanDecodeCommand implements Runnable {
    private Session session;

    @Parameters(paramLabel = "FILE", description = "The image.")
    Path file;

    @Mixin
    FanText.FontOptions fonts;

    @Mixin
    Previews previews;

    FanDecodeCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        FanFont font = fonts.font(session);
        previews.checkOutputs();
        FanDecoder.Decoded d = decodeFile(file, font);
        session.out().printf("%s: %s (%s)%n", file, Numbers.count(d.strings().size(), "string"),
                Numbers.count(d.length(), "byte"));
        report(session, font, d, previews);
    }

    static FanDecoder.Decoded decodeFile(Path file, FanFont font) {
        byte[] bytes = ImageFiles.bytes(file);
        try {
            return new FanDecoder(font).decode(bytes);
        } catch (FanFormatException e) {
            throw CliException.usage(file + ": " + e.getMessage());
        }
    }

    /** The strings and their previews, then each glyph the font does not know, drawn. */
    static void report(Session session, FanFont font, FanDecoder.Decoded d, Previews previews) {
        previews.show(session, font, d.strings(), d.glyphs());
        if (!d.unknowns().isEmpty()) {
            session.out().printf("%s the font does not have (shown as '?'; add them to a --font file):%n",
                    Numbers.count(d.unknowns().size(), "glyph"));
            d.unknowns().forEach(u -> session.out().println("  " + u.describe()));
        }
    }
}
