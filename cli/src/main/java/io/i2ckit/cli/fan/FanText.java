// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Session;
import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanMessage;
import io.i2ckit.povfan.FanProfile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The strings of a message and how to draw them: {@code --font}, {@code --fit}, {@code --profile}. */
final class FanText {
    @Parameters(paramLabel = "STRING", arity = "1..*",
            description = {"The strings the fan shows in turn, each one argument (quote strings with spaces). "
                    + "A string may start with '-' (\"-hi-\"); one that starts with '--' or is one of the options "
                    + "goes after '--'."})
    private List<String> strings;

    @Option(names = "--fit", description = "Split long strings at spaces so each fits the fan profile's characters.")
    boolean fit;

    @Mixin
    FontOptions fonts;

    /** The strings as typed (options are sorted from them before parsing: {@link MessageArguments}). */
    List<String> strings() {
        return strings;
    }

    FanMessage encode(Session session) {
        FanEncoder encoder = new FanEncoder(fonts.font(session), fonts.profile());
        List<String> typed = strings();
        FanMessage message = encoder.encode(fit ? encoder.fit(typed) : typed);
        message.warnings().forEach(w -> session.err().println("Warning: " + w));
        return message;
    }

    /** Font and profile options, shared by every fan command that draws. */
    static final class FontOptions {
        @Option(names = "--font", paramLabel = "FILE",
                description = "A font file whose glyphs add to or replace the built-in ones (format: 'i2ckit fan font --help').")
        Path font;

        @Option(names = "--profile", paramLabel = "NAME", defaultValue = FanProfile.DEFAULT,
                description = "The fan model (default ${DEFAULT-VALUE}): its EEPROM part, address and limits.")
        String profile;

        /**
         * The built-in font, then the user's own glyphs (the studio's glyph editor saves them in
         * {@link #userFontFile}), then --font's.
         */
        FanFont font(Session session) {
            FanFont f = FanFont.standard();
            Path mine = userFontFile(session);
            if (Files.isRegularFile(mine)) {
                f = f.with(FanFont.read(mine));
            }
            if (font == null) {
                return f;
            }
            if (Files.isDirectory(font)) {
                throw CliException.usage("--font " + font + " is a directory: name a font file");
            }
            if (!Files.isRegularFile(font)) {
                throw CliException.usage("--font " + font + ": no such file");
            }
            return f.with(FanFont.read(font));
        }

        /** The user's font file: {@code $XDG_CONFIG_HOME/i2ckit/font.txt}, else {@code ~/.config/i2ckit/font.txt}. */
        static Path userFontFile(Session session) {
            String config = session.env().get("XDG_CONFIG_HOME");
            Path base = config != null && !config.isEmpty() ? Path.of(config)
                    : io.i2ckit.core.BusEnvironment.home(session.env()).resolve(".config");
            return base.resolve("i2ckit").resolve("font.txt");
        }

        FanProfile profile() {
            return FanProfile.named(profile);
        }
    }
}
