// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.ExitCode;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.eeprom.Image;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show where the part and an image file differ, 16 bytes a line; exit 1 if they do, as diff does.")
final class EepromDiffCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    Target target;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "raw|hex|dump")
    String format;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0")
    String offset;

    EepromDiffCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        int at = (int) Numbers.parse(offset, 0, target.type().size() - 1, "--offset");
        Image image = ImageFiles.read(file, format, target.type(), at);
        try (EepromRun run = new EepromRun(session, target)) {
            byte[] part = run.eeprom.read(at, image.length());
            run.clearProgress();
            int n = Differences.print(session.out(), image, part, at);
            if (n == 0) {
                session.out().printf("No differences (%d bytes compared)%n", image.defined().cardinality());
                return ExitCode.OK;
            }
            session.out().printf("%d byte%s differ%n", n, n == 1 ? "" : "s");
            return ExitCode.DEVICE;
        }
    }
}
