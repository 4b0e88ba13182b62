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
        Path a = first.save("i2c-1", 0x50, "t24c04a", new byte[] {1}, Backup.Kind.WRITE);
        Path b = later.save("i2c-1", 0x50, "t24c04a", new byte[] {2}, Backup.Kind.WRITE);
        Path c = first.save("i2c-1", 0x50, "t24c04a", new byte[] {3}, Backup.Kind.WRITE);
        later.save("i2c-2", 0x50, "t24c04a", new byte[] {4}, Backup.Kind.WRITE);
        assertEquals("i2c-1-0x50-t24c04a-20261122T140512.345Z.bin", a.getFileName().toString());
        assertEquals("i2c-1-0x50-t24c04a-20261122T140512.345Z-2.bin", c.getFileName().toString());
        assertEquals(java.util.List.of(a, c, b), first.list("i2c-1", 0x50));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(a));
        assertTrue(first.list("sim", 0x50).isEmpty());
    }

    @Test
    void aBackupTakenAfterAFailedOperationIsTornAndAPlainRestoreSkipsIt() throws Exception {
        BackupStore store = new BackupStore(dir);
        Path original = store.save("sim", 0x50, "t24c04a", new byte[] {1}, Backup.Kind.WRITE);
        // the write fails: no completed record; the part is torn
        Path beforeRestore = store.save("sim", 0x50, "t24c04a", new byte[] {9}, Backup.Kind.RESTORE);
        // the restore is cut too; a second restore backs up the torn part again
        Path again = store.save("sim", 0x50, "t24c04a", new byte[] {8}, Backup.Kind.RESTORE);
        java.util.List<Backup> all = store.backups("sim", 0x50);
        assertEquals(java.util.List.of(Backup.Contents.VERIFIED, Backup.Contents.TORN, Backup.Contents.TORN),
                all.stream().map(Backup::contents).toList());
        assertEquals(original, store.lastVerified("sim", 0x50).orElseThrow().file());

        store.completed("sim", 0x50, again); // that restore went through: the part is whole again
        Path next = store.save("sim", 0x50, "t24c04a", new byte[] {1}, Backup.Kind.WRITE);
        assertEquals(next, store.lastVerified("sim", 0x50).orElseThrow().file());
        assertEquals("before a restore, torn contents; the restore completed", store.backups("sim", 0x50).get(2).describe());
        assertTrue(Files.exists(beforeRestore));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")), "no temporary file is left");
        }
    }

    @Test
    void backupsFromBeforeTheJournalAreOfUnknownStateAndStillRestorable() throws Exception {
        Path old = dir.resolve("sim-0x50-t24c04a-20261101T000000.000Z.bin");
        Files.write(old, new byte[] {5});
        BackupStore store = new BackupStore(dir);
        assertEquals(Backup.Contents.UNKNOWN, store.backups("sim", 0x50).get(0).contents());
        assertEquals(old, store.lastVerified("sim", 0x50).orElseThrow().file());
    }
}
