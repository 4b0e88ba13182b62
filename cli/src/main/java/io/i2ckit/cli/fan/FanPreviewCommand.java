// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"See strings as the fan will show them, without a fan: in the terminal, and with --png or --gif "
                + "as pictures.", "The arguments are always text; to see a fan image file, use 'i2ckit fan decode FILE' "
                + "(it takes --png and --gif too)."})
final class FanPreviewCommand implements Runnable {
    private Session session;

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
        previews.checkOutputs();
        FanMessage message = text.encode(session);
        session.out().printf("%s, %s:%n", Numbers.count(message.strings().size(), "string"), message.capacityLine());
        previews.show(session, font, message.strings(), Previews.glyphs(font, message.strings()));
    }
}
