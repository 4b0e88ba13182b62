// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.eeprom.Image;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that the part holds an image file: exit 0 if it does, 1 naming where it does not.")
final class EepromVerifyCommand implements Runnable {
    private final Session session;

    @Mixin
    Target target;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "raw|hex|dump")
    String format;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0")
    String offset;

    EepromVerifyCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        int at = (int) Numbers.parse(offset, 0, target.type().size() - 1, "--offset");
        Image image = ImageFiles.read(file, format, target.type(), at);
        try (EepromRun run = new EepromRun(session, target)) {
            byte[] part = run.eeprom.read(at, image.length());
            run.clearProgress();
            List<Integer> diff = image.differences(part);
            if (!diff.isEmpty()) {
                throw CliException.device(String.format("%d of %d bytes differ from %s, at %s (see 'i2ckit eeprom diff')",
                        diff.size(), image.defined().cardinality(), file, Ranges.of(diff, at)));
            }
            session.out().printf("The part holds %s (%d bytes compared)%n", file, image.defined().cardinality());
        }
    }
}
