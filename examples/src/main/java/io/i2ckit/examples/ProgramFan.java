// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.I2cBus;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.BackupStore;
import io.i2ckit.povfan.FanMessage;
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

    /** What was programmed, and the file holding what the fan said before. */
    public record Programmed(FanMessage message, Path backup) {
    }

    /** Backs up the fan's EEPROM into {@code backups}, then programs {@code strings}. */
    public static Programmed program(I2cBus bus, List<String> strings, BackupStore backups) {
        PovFan fan = PovFan.on(bus);
        byte[] before = fan.eeprom().readAll();
        Path saved = backups.save(bus.name(), fan.eeprom().address(), fan.eeprom().type().name(), before,
                Backup.Kind.WRITE);
        FanMessage message = fan.program(strings);
        backups.completed(bus.name(), fan.eeprom().address(), saved);
        return new Programmed(message, saved);
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
                System.out.printf("Backup of what it said before: %s%n", p.backup());
            }
        });
    }
}
