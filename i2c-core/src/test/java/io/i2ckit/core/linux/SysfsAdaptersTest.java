// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import io.i2ckit.core.testing.SysfsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SysfsAdaptersTest {
    @TempDir
    Path root;

    @Test
    void aKeptNameIsReadOnceUntilAnotherAdapterTakesItsNumber() throws Exception {
        new SysfsFixture(root).adapter(3, "first adapter", "devices/platform/soc/x3.i2c", true);
        SysfsAdapters sysfs = new SysfsAdapters(root.resolve("sys"), root.resolve("dev"));
        Path dir = root.resolve("sys/class/i2c-dev/i2c-3");
        assertEquals("first adapter", sysfs.keptName(3));
        Files.writeString(dir.resolve("name"), "changed under us\n"); // sysfs never does this: proof the name was kept
        assertEquals("first adapter", sysfs.keptName(3));
        assertEquals("changed under us", sysfs.name(3), "name() itself always reads");
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Thread.sleep(20); // a new folder: another inode, perhaps the same; a later time in any case
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("name"), "second adapter\n");
        assertEquals("second adapter", sysfs.keptName(3));
    }
}
