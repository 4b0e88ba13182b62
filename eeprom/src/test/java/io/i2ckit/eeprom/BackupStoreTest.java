// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupStoreTest {
    @TempDir
    Path dir;

    @Test
    void backupsAreNamedAfterBusAddressPartAndTimeAndListedOldestFirst() throws Exception {
        Instant t = Instant.parse("2026-11-22T14:05:12.345Z");
        BackupStore first = new BackupStore(dir, Clock.fixed(t, ZoneOffset.UTC));
        BackupStore later = new BackupStore(dir, Clock.fixed(t.plusSeconds(60), ZoneOffset.UTC));
        Path a = first.save("i2c-1", 0x50, "t24c04a", new byte[] {1});
        Path b = later.save("i2c-1", 0x50, "t24c04a", new byte[] {2});
        Path c = first.save("i2c-1", 0x50, "t24c04a", new byte[] {3});
        later.save("i2c-2", 0x50, "t24c04a", new byte[] {4});
        assertEquals("i2c-1-0x50-t24c04a-20261122T140512.345Z.bin", a.getFileName().toString());
        assertEquals("i2c-1-0x50-t24c04a-20261122T140512.345Z-2.bin", c.getFileName().toString());
        assertEquals(java.util.List.of(a, c, b), first.list("i2c-1", 0x50));
        assertEquals(b, first.latest("i2c-1", 0x50).orElseThrow());
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(a));
        assertTrue(first.latest("sim", 0x50).isEmpty());
    }
}
