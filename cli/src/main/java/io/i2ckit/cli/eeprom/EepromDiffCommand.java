// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.ExitCode;
import io.i2ckit.cli.Session;
import io.i2ckit.eeprom.Image;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show where the part and an image file differ, 16 bytes a line; exit 1 if they do, as diff does.")
final class EepromDiffCommand implements Callable<Integer> {
    private Session session;

    @Mixin
    Target target;

    @Mixin
    ImageFileArgs image;

    EepromDiffCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        int at = image.offset(target.type());
        Image contents = image.read(session.out(), target.type(), at);
        try (EepromRun run = new EepromRun(session, target)) {
            byte[] part = run.eeprom.read(at, contents.length());
            run.clearProgress();
            int n = Differences.print(session.out(), contents, part, at);
            if (n == 0) {
                session.out().printf("No differences (%s compared)%n", Numbers.count(contents.defined().cardinality(), "byte"));
                return ExitCode.OK;
            }
            session.out().printf("%d byte%s differ%n", n, n == 1 ? "" : "s");
            return ExitCode.DEVICE;
        }
    }
}
