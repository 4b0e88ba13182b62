// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.BusyException;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.NoAcknowledgeException;
import io.i2ckit.core.parts.EepromCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimStoreTest {
    @TempDir
    Path dir;

    @Test
    void firstOpenCreatesTheDefaultBoardWithTheFanEepromAndARegisterChip() throws Exception {
        try (SimBus bus = new SimStore(dir).open()) {
            assertEquals("sim", bus.name());
            assertInstanceOf(EepromChip.class, bus.chip(0x50));
            assertInstanceOf(EepromChip.class, bus.chip(0x51));
            assertInstanceOf(RegisterChip.class, bus.chip(0x48));
            assertEquals(0xff, bus.device(0x50).readByteData(0), "a new EEPROM is erased");
        }
        assertTrue(Files.readString(dir.resolve("board.conf")).contains("chip 0x50 eeprom label=T24C04A part=t24c04a size=512 page=16"));
        assertEquals(512, Files.size(dir.resolve("chip-0x50.bin")));
    }

    @Test
    void anEepromIsACatalogRowOrAShapeAndEitherSurvivesTheBoardFile() {
        SimStore store = new SimStore(dir);
        var big = EepromCatalog.standard().get("24c256");
        var odd = EepromCatalog.standard().get("24c02").reshaped(256, 4, 1, java.time.Duration.ofMillis(3));
        store.saveBoard(store.board().withChips(List.of(SimBoard.ChipSpec.eeprom(0x50, "24C256", big, false),
                SimBoard.ChipSpec.eeprom(0x54, "odd", odd, false))));
        List<SimBoard.ChipSpec> chips = new SimStore(dir).board().chips();
        assertEquals(big, chips.get(0).geometry(), "the row itself, by its name");
        assertEquals("custom", chips.get(1).geometry().name());
        assertEquals(List.of(256, 4, 1, 3_000_000L), List.of(chips.get(1).geometry().size(), chips.get(1).geometry().pageSize(),
                chips.get(1).geometry().addressBytes(), chips.get(1).geometry().writeCycle().toNanos()));
    }

    @Test
    void writesAndAddressCountersSurviveIntoTheNextSession() {
        SimStore store = new SimStore(dir);
        try (SimBus bus = store.open()) {
            bus.device(0x51).writeByteData(0x10, 0x77);
            bus.device(0x48).writeByteData(0x05, 0x66);
            bus.device(0x48).sendByte(0x05);
        }
        try (SimBus bus = store.open()) {
            assertEquals(0x66, bus.device(0x48).receiveByte(), "the register pointer survived the session");
        }
        try (SimBus bus = store.open()) {
            assertEquals(0x77, bus.device(0x51).readByteData(0x10));
        }
    }

    @Test
    void twoOpenBusesShareTheChipsLikeTwoProcessesShareHardware() {
        SimStore store = new SimStore(dir);
        try (SimBus a = store.open(); SimBus b = store.open()) {
            a.device(0x48).writeByteData(0x01, 0x99);
            assertEquals(0x99, b.device(0x48).readByteData(0x01));
        }
    }

    @Test
    void armedFaultsApplyToTheNextOpenOnly() {
        SimStore store = new SimStore(dir);
        store.armFaults(FaultPlan.seeded(3).eio(1));
        try (SimBus bus = store.open()) {
            assertThrows(I2cIoException.class, () -> bus.device(0x48).readByteData(0));
        }
        try (SimBus bus = store.open()) {
            bus.device(0x48).readByteData(0);
        }
    }

    @Test
    void boardEditsTakeEffect() {
        SimStore store = new SimStore(dir);
        SimBoard board = store.board();
        store.saveBoard(board.withChips(List.of(SimBoard.ChipSpec.eeprom(0x50, "T24C04A", EepromCatalog.standard().get("t24c04a"), true)))
                .withDrivers(Map.of(0x50, "at24")).withFunctionality("i2c-stub"));
        try (SimBus bus = store.open()) {
            assertThrows(BusyException.class, () -> bus.device(0x50));
            assertThrows(NoAcknowledgeException.class, () -> bus.device(0x48).quick(false));
            bus.device(0x50, DeviceOptions.DEFAULT.withForce(true)).writeByteData(0, 0x12);
            assertEquals(0xff, ((EepromChip) bus.chip(0x50)).memory().get(0), "write-protected");
            assertEquals("i2c-stub", FunctionalityPresets.nameOf(bus.functionality()));
        }
    }

    @Test
    void totalsAccumulateAcrossSessionsAndResetStartsOver() {
        SimStore store = new SimStore(dir);
        try (SimBus bus = store.open()) {
            bus.device(0x48).readByteData(0);
        }
        try (SimBus bus = store.open()) {
            bus.device(0x48).readByteData(0);
        }
        assertEquals(2, store.totals().transactions());
        assertEquals(78, store.totals().bits());
        store.reset();
        assertEquals(0, store.totals().transactions());
        try (SimBus bus = store.open()) {
            assertEquals(0, bus.device(0x48).readByteData(0));
        }
    }

    @Test
    void aBrokenBoardFileNamesTheLine() throws Exception {
        Files.writeString(dir.resolve("board.conf"), "speed = 100000\nchip 0x50 flux\n");
        io.i2ckit.core.ConfigFileException e = assertThrows(io.i2ckit.core.ConfigFileException.class,
                () -> new SimStore(dir).open());
        assertTrue(e.getMessage().startsWith(dir + "/board.conf line 2 (chip 0x50 flux): unknown chip type 'flux'"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("fix or remove that line, or start the simulator afresh with 'i2ckit sim reset'"),
                e.getMessage());
    }

    @Test
    void defaultDirectoryFollowsTheEnvironment() {
        assertEquals(Path.of("/x/sim"), SimStore.defaultDirectory(Map.of("I2CKIT_SIM_DIR", "/x/sim")));
        assertEquals(Path.of("/state/i2ckit/sim"), SimStore.defaultDirectory(Map.of("XDG_STATE_HOME", "/state")));
        assertEquals(Path.of(System.getProperty("user.home"), ".local/state/i2ckit/sim"),
                SimStore.defaultDirectory(Map.of()));
    }
}
