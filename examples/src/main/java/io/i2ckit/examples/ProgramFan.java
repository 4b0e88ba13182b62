// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.I2cBus;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.BackupStore;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.SafeWrite;
import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanMessage;
import io.i2ckit.povfan.FanProfile;
import io.i2ckit.povfan.PovFan;

import java.nio.file.Path;
import java.util.List;

/**
 * Programs the POV fan's message from Java, as {@code i2ckit fan program} does: the fan's EEPROM
 * is backed up first (into the same folder the CLI uses, so {@code i2ckit fan restore} finds it),
 * only the pages that differ are written, and everything is read back.
 *
 * <pre>examples/run ProgramFan [--bus BUS] "HELLO" "WORLD"</pre>
 */
public final class ProgramFan {
    private ProgramFan() {
    }

    /** What was programmed, and the file holding what the fan said before (null when it already said it). */
    public record Programmed(FanMessage message, Path backup) {
    }

    /**
     * Programs {@code strings} through the write every face of i2ckit uses ({@link SafeWrite}: the
     * whole part saved into {@code backups} first, only what differs written, verified), then reads
     * the message back through the fan's decoder.
     */
    public static Programmed program(I2cBus bus, List<String> strings, BackupStore backups) {
        PovFan fan = PovFan.on(bus);
        FanMessage message = new FanEncoder(FanFont.standard(), FanProfile.standard()).encode(strings);
        SafeWrite.Outcome o = SafeWrite.apply(fan.eeprom(), Image.of(message.bytes()), 0, backups, Backup.Kind.WRITE,
                false, new SafeWrite.Guard() { });
        fan.verify(message);
        return new Programmed(message, o.backup());
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            ExampleArgs a = ExampleArgs.parse(args);
            List<String> strings = a.rest.isEmpty() ? List.of("HELLO", "FROM JAVA") : a.rest;
            BackupStore backups = new BackupStore(BackupStore.defaultDirectory(System.getenv()));
            try (I2cBus bus = a.open()) {
                Programmed p = program(bus, strings, backups);
                FanMessage m = p.message();
                m.warnings().forEach(w -> System.out.println("Warning: " + w));
                System.out.printf("Programmed %d strings (%d of %d bytes) on %s; the fan now says %s%n",
                        m.strings().size(), m.bytes().length, m.capacity(), bus.name(), PovFan.on(bus).read().strings());
                System.out.println(p.backup() == null ? "It said that already: nothing written, no backup needed"
                        : "Backup of what it said before: " + p.backup());
            }
        });
    }
}
