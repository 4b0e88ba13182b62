// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.EepromRun;
import io.i2ckit.cli.eeprom.Target;
import io.i2ckit.cli.eeprom.WriteOptions;
import io.i2ckit.cli.eeprom.Writing;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.WriteReport;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanMessage;
import io.i2ckit.povfan.FanProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "program", mixinStandardHelpOptions = true,
        description = {"Put new strings on the fan.",
                "Loads the kernel modules if needed, saves what the EEPROM holds as a backup, writes only the pages "
                        + "that change, reads the message back, and shows it as the fan will. 'i2ckit fan restore' "
                        + "puts the previous message back."})
final class FanProgramCommand implements Runnable {
    private Session session;

    @Mixin
    FanText text;

    @Mixin
    FanBus where;

    @Mixin
    Previews previews;

    @Mixin
    WriteOptions writing;

    @Option(names = "--stats", description = "Print the bus figures and the write's ratio to the least possible.")
    boolean stats;

    FanProgramCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        FanFont font = text.fonts.font(session);
        FanProfile profile = text.fonts.profile();
        FanMessage message = text.encode(session);
        previews.checkOutputs();
        Target target = where.target(session, profile);
        try (EepromRun run = new EepromRun(session, target)) {
            FanJobs.Programmed p = FanJobs.program(run, target, font, message, writing.backupDirectory(session),
                    writing.dryRun(), Writing.sayingSaved(session.out()));
            Writing.report(session.out(), p.outcome(), Image.of(message.bytes()), 0, "the message");
            if (!writing.dryRun()) {
                session.out().println(p.saying() + ":");
            } else {
                session.out().printf("The message: %s (%s):%n", Numbers.count(message.strings().size(), "string"),
                        message.capacityLine());
            }
            previews.show(session, font, message.strings(), Previews.glyphs(font, message.strings()));
            if (stats) {
                List<WriteReport> reports = p.outcome().reports();
                run.printStats(reports.isEmpty() ? null : reports.get(0));
            }
        }
    }
}
