// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.FaultPlan;
import io.i2ckit.sim.SimBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one safe write, on the simulated T24C04A: backup first, only what differs, verified, or nothing at all. */
class SafeWriteTest {
    @TempDir
    Path dir;

    private final ChipMemory memory = ChipMemory.inMemory(512, 0xff);

    private At24Eeprom eeprom(FaultPlan faults) {
        SimBus bus = SimBus.builder().faults(faults)
                .chip(new EepromChip(0x50, EepromCatalog.standard().get("t24c04a"), memory, "T24C04A")).build();
        return new At24Eeprom(bus.device(0x50), EepromCatalog.standard().get("t24c04a"));
    }

    private static byte[] filled(int value, int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void theBackupIsSavedBeforeTheFirstWriteAndOnlyWhatDiffersIsWritten() throws Exception {
        byte[] before = memory.snapshot();
        BackupStore store = new BackupStore(dir);
        List<String> events = new ArrayList<>();
        byte[] image = Arrays.copyOf(before, 40);
        image[3] = 0x11;
        image[35] = 0x22;
        SafeWrite.Outcome o = SafeWrite.apply(eeprom(FaultPlan.none()), Image.of(image), 16, store, Backup.Kind.WRITE,
                false, new SafeWrite.Guard() {
                    @Override
                    public void beforeWrite() {
                        events.add("checked");
                    }

                    @Override
                    public void saved(Path backup) {
                        events.add("saved, the part untouched: " + Arrays.equals(before, memory.snapshot()));
                    }
                });
        assertEquals(List.of("checked", "saved, the part untouched: true"), events);
        assertEquals(SafeWrite.Result.WRITTEN, o.result());
        assertEquals(List.of(3, 35), o.differences());
        assertEquals(2, o.pagesWritten(), "bytes 19 and 51: two pages of 16");
        assertArrayEquals(before, Files.readAllBytes(o.backup()), "the whole part as it was");
        assertEquals(0x11, memory.snapshot()[19]);
        assertEquals(0x22, memory.snapshot()[51]);
        assertEquals(o.backup(), store.lastVerified("sim", 0x50).orElseThrow().file());
        assertTrue(store.backups("sim", 0x50).get(0).completed(), "marked completed once verified");
    }

    @Test
    void anImageThePartHoldsAndADryRunSaveAndWriteNothing() {
        BackupStore store = new BackupStore(dir);
        SafeWrite.Outcome same = SafeWrite.apply(eeprom(FaultPlan.none()), Image.of(filled(0xff, 512)), 0, store,
                Backup.Kind.WRITE, false, new SafeWrite.Guard() { });
        assertEquals(SafeWrite.Result.UNCHANGED, same.result());
        assertNull(same.backup());
        SafeWrite.Outcome dry = SafeWrite.apply(eeprom(FaultPlan.none()), Image.of(filled(0x00, 2)), 510, store,
                Backup.Kind.WRITE, true, new SafeWrite.Guard() {
                    @Override
                    public void beforeWrite() {
                        throw new AssertionError("a dry run checks nothing it will not do");
                    }
                });
        assertEquals(SafeWrite.Result.WOULD_CHANGE, dry.result());
        assertEquals(List.of(0, 1), dry.differences(), "the last two bytes");
        assertEquals(List.of(), store.backups("sim", 0x50), "no backup for either");
        assertArrayEquals(filled(0xff, 512), memory.snapshot());
    }

    @Test
    void anImageBeyondThePartIsRefusedBeforeTheBusIsTouched() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SafeWrite.apply(
                eeprom(FaultPlan.none()), Image.of(filled(0x00, 4)), 510, new BackupStore(dir), Backup.Kind.WRITE,
                true, new SafeWrite.Guard() { }));
        assertEquals("4 bytes at 510 go past the end of the 512-byte t24c04a", e.getMessage());
    }

    @Test
    void aGuardThatRefusesStopsItBeforeTheBackupAndTheFirstByte() {
        BackupStore store = new BackupStore(dir);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SafeWrite.apply(
                eeprom(FaultPlan.none()), Image.of(filled(0x00, 16)), 0, store, Backup.Kind.WRITE, false,
                new SafeWrite.Guard() {
                    @Override
                    public void beforeWrite() {
                        throw new IllegalStateException("0x50 is the board's ID EEPROM");
                    }
                }));
        assertEquals("0x50 is the board's ID EEPROM", e.getMessage());
        assertEquals(List.of(), store.backups("sim", 0x50));
        assertArrayEquals(filled(0xff, 512), memory.snapshot());
    }

    @Test
    void aWriteThatFailsAfterTheBackupNamesItAndLeavesItTheLastVerified() throws Exception {
        BackupStore store = new BackupStore(dir);
        // transactions 1 and 2 read the two blocks; 3 is the first page write; 5 the third
        SafeWrite.FailedException e = assertThrows(SafeWrite.FailedException.class, () -> SafeWrite.apply(
                eeprom(FaultPlan.seeded(1).eio(5)), Image.of(filled(0x00, 64)), 0, store, Backup.Kind.WRITE, false,
                new SafeWrite.Guard() { }));
        assertArrayEquals(filled(0xff, 512), Files.readAllBytes(e.backup()), "what the part held before");
        assertEquals(5, e.failure().errno());
        Backup saved = store.backups("sim", 0x50).get(0);
        assertFalse(saved.completed(), "the write it came before never finished");
        assertEquals(e.backup(), store.lastVerified("sim", 0x50).orElseThrow().file(),
                "a plain restore puts this back");
    }
}
