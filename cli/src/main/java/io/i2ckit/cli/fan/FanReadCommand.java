// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.EepromRun;
import io.i2ckit.povfan.FanDecoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanFormatException;
import io.i2ckit.povfan.PovFan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Show what the fan says now: its strings, drawn as the fan shows them.")
final class FanReadCommand implements Runnable {
    private Session session;

    @Mixin
    FanText.FontOptions fonts;

    @Mixin
    FanBus where;

    @Mixin
    Previews previews;

    @Option(names = "--stats", description = "Print the bus figures.")
    boolean stats;

    FanReadCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        FanFont font = fonts.font(session);
        previews.checkOutputs();
        try (EepromRun run = new EepromRun(session, where.target(session, fonts.profile()))) {
            FanDecoder.Decoded d;
            try {
                d = new PovFan(run.eeprom(), font).read();
            } catch (FanFormatException e) {
                throw CliException.device(String.format("the EEPROM at 0x%02x on %s holds no fan message (%s)",
                        run.eeprom().address(), run.bus().name(), e.getMessage()));
            }
            run.clearProgress();
            session.out().printf("The fan on %s says %s (%d of %d bytes used):%n", run.bus().name(),
                    Numbers.count(d.strings().size(), "string"), d.length(), run.eeprom().type().size());
            FanDecodeCommand.report(session, font, d, previews);
            if (stats) {
                run.printStats(null);
            }
        }
    }
}
