// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.eeprom.ImageFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read the part (or a range) into a file, or show it as i2cdump tables.")
final class EepromReadCommand implements Runnable {
    private Session session;

    @Mixin
    Target target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the image here: raw bytes, or Intel HEX (.hex) or i2cdump text (.txt) by its name.")
    Path output;

    @Option(names = "--format", paramLabel = "raw|hex|dump", description = "The file's format, whatever its name.")
    String format;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "First byte (default 0).")
    String offset;

    @Option(names = "--length", paramLabel = "N", description = "How many bytes (default: to the end).")
    String length;

    @Option(names = "--stats", description = "Print transactions, bytes on the wire and bus time.")
    boolean stats;

    EepromReadCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        int size = target.type().size();
        int from = (int) Numbers.parse(offset, 0, size - 1, "--offset");
        int count = length == null ? size - from : (int) Numbers.parse(length, 1, size - from, "--length");
        ImageFormat f = output == null ? (format == null ? ImageFormat.DUMP : ImageFormat.named(format))
                : ImageFiles.formatFor(output, format);
        if (output == null && f == ImageFormat.RAW) {
            throw CliException.usage("raw bytes go to a file: add -o FILE (or --format dump or hex to see them)");
        }
        try (EepromRun run = new EepromRun(session, target)) {
            byte[] data = run.eeprom.read(from, count);
            run.clearProgress();
            byte[] rendered = f.render(data, from, run.eeprom.type().blockSize(), run.eeprom.address());
            if (output == null) {
                session.out().print(new String(rendered, StandardCharsets.US_ASCII));
            } else {
                boolean stream = ImageFiles.write(output, rendered);
                (stream ? session.err() : session.out()).printf("Read %s from 0x%02x on %s into %s (%s)%n", Numbers.count(count, "byte"), run.eeprom.address(),
                        run.bus.name(), output, f.name().toLowerCase());
            }
            if (stats) {
                run.printStats(null);
            }
        }
    }
}
