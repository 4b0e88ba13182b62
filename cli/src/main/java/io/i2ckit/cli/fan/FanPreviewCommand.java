// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.povfan.FanDecoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"See strings as the fan will show them, without a fan: in the terminal, and with --png or --gif "
                + "as pictures.", "A single argument naming an existing file previews that fan image file instead."})
final class FanPreviewCommand implements Runnable {
    private final Session session;

    @Mixin
    FanText text;

    @Mixin
    Previews previews;

    FanPreviewCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        FanFont font = text.fonts.font(session);
        if (text.strings.size() == 1 && Files.isRegularFile(Path.of(text.strings.get(0)))) {
            Path file = Path.of(text.strings.get(0));
            FanDecoder.Decoded d = FanDecodeCommand.decodeFile(file, font);
            session.out().printf("%s: %s (%d bytes):%n", file, Numbers.count(d.strings().size(), "string"), d.length());
            FanDecodeCommand.report(session, font, d, previews);
            return;
        }
        FanMessage message = text.encode(session);
        session.out().printf("%s, %s:%n", Numbers.count(message.strings().size(), "string"), message.capacityLine());
        previews.show(session, font, message.strings(), Previews.glyphs(font, message.strings()));
    }
}
