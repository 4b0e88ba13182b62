// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.OutputFiles;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.povfan.FanMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Turn strings into the fan's EEPROM image, as ascii2fan does.",
                "The image goes to -o FILE, or to standard output when that is not a terminal: "
                        + "i2ckit fan encode \"string 1\" \"string 2\" > message.bin"})
final class FanEncodeCommand implements Runnable {
    private Session session;

    @Mixin
    FanText text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the image here.")
    Path output;

    FanEncodeCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        FanMessage message = text.encode(session);
        OutputFiles.checkWritable(output);
        if (output != null) {
            boolean stream = OutputFiles.write(output, message.bytes());
            (stream ? session.err() : session.out()).printf("Wrote %s to %s (%s)%n", Numbers.count(message.strings().size(), "string"),
                    output, message.capacityLine());
            return;
        }
        if (session.binaryOut() == null || session.stdoutTerminal()) {
            throw CliException.usage("the image is binary: redirect it (> message.bin) or add -o FILE");
        }
        try {
            session.out().flush();
            session.binaryOut().write(message.bytes());
            session.binaryOut().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image to standard output", e);
        }
    }
}
