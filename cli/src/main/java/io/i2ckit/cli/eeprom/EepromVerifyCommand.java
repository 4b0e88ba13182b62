// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.OffsetRanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that the part holds an image file: exit 0 if it does, 1 naming where it does not.")
final class EepromVerifyCommand implements Runnable {
    private Session session;

    @Mixin
    Target target;

    @Mixin
    ImageFileArgs image;

    EepromVerifyCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        int at = image.offset(target.type());
        Image contents = image.read(session.out(), target.type(), at);
        try (EepromRun run = new EepromRun(session, target)) {
            byte[] part = run.eeprom.read(at, contents.length());
            run.clearProgress();
            List<Integer> diff = contents.differences(part);
            if (!diff.isEmpty()) {
                throw CliException.device(String.format("%d of %s differ%s from %s, at %s (see 'i2ckit eeprom diff')",
                        diff.size(), Numbers.count(contents.defined().cardinality(), "byte"), diff.size() == 1 ? "s" : "", image.file, OffsetRanges.of(diff, at)));
            }
            session.out().printf("The part holds %s (%s compared)%n", image.file,
                    Numbers.count(contents.defined().cardinality(), "byte"));
        }
    }
}
