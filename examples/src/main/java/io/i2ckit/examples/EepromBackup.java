// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.I2cBus;
import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.eeprom.At24Eeprom;
import io.i2ckit.eeprom.WriteReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Backs an EEPROM up to a file and restores it, with i2ckit's 24Cxx driver: reads are
 * sequential, writes go a page at a time and only where the contents differ, and the driver
 * reads everything it wrote back. Default part: the fan's 24C04 at 0x50.
 *
 * <pre>examples/run EepromBackup [--bus BUS] backup FILE
 * examples/run EepromBackup [--bus BUS] restore FILE</pre>
 */
public final class EepromBackup {
    private EepromBackup() {
    }

    /** The whole part. */
    public static byte[] backup(At24Eeprom eeprom) {
        return eeprom.readAll();
    }

    /** Writes {@code image} over the part, only where it differs; the driver verifies what it writes. */
    public static WriteReport restore(At24Eeprom eeprom, byte[] image) {
        if (image.length != eeprom.type().size()) {
            throw new IllegalArgumentException("the image has " + image.length + " bytes; the " + eeprom.type().name()
                    + " holds " + eeprom.type().size());
        }
        byte[] current = eeprom.readAll();
        WriteReport report = eeprom.write(0, image, current);
        if (!Arrays.equals(eeprom.readAll(), image)) {
            throw new IllegalStateException("the part does not read back as the image after the restore");
        }
        return report;
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            ExampleArgs a = ExampleArgs.parse(args);
            if (a.rest.size() != 2 || !(a.rest.get(0).equals("backup") || a.rest.get(0).equals("restore"))) {
                throw new IllegalArgumentException("usage: EepromBackup [--bus BUS] backup|restore FILE");
            }
            Path file = Path.of(a.rest.get(1));
            try (I2cBus bus = a.open()) {
                At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), EepromCatalog.standard().get("24c04"));
                if (a.rest.get(0).equals("backup")) {
                    if (Files.isDirectory(file)) {
                        throw new IllegalArgumentException(file + " is a directory: name a file in it");
                    }
                    Files.write(file, backup(eeprom));
                    System.out.printf("Saved the %s at 0x50 on %s (%d bytes) to %s%n", eeprom.type().name(), bus.name(),
                            eeprom.type().size(), file);
                } else {
                    WriteReport r = restore(eeprom, Files.readAllBytes(file));
                    System.out.printf("Restored %s onto the %s at 0x50 on %s: %d byte%s changed in %d page write%s"
                                    + " (%d already right), verified%n", file, eeprom.type().name(), bus.name(),
                            r.changedBytes(), r.changedBytes() == 1 ? "" : "s", r.pagesWritten(),
                            r.pagesWritten() == 1 ? "" : "s", r.pagesSkipped());
                }
            }
        });
    }
}
