// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.boardprofiles;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.NoSuchBusException;
import io.i2ckit.core.NoSuchBusException.Reason;
import io.i2ckit.core.testing.SysfsFixture;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every word a user may type for a bus, through the one resolver, on a BeagleBone and a PC. */
class BusResolverTest {
    private static final String TI_SYSC = "devices/platform/ocp/48000000.interconnect/48000000.interconnect:segment@100000/";

    @TempDir
    Path root;

    private BusEnvironment env(SysfsFixture f) {
        BusEnvironment base = f.env();
        return new BusEnvironment(base.devRoot(), base.sysRoot(), base.lockDir(),
                Map.of(SimStore.DIR_VARIABLE, root.resolve("sim").toString()));
    }

    private SysfsFixture beagleBone() {
        return new SysfsFixture(root).deviceTree("TI AM335x BeagleBone Black",
                        "ti,am335x-bone-black", "ti,am335x-bone", "ti,am33xx")
                .adapter(0, "OMAP I2C adapter", "devices/platform/ocp/44c00000.interconnect/"
                        + "44c00000.interconnect:segment@200000/44e0b000.target-module/44e0b000.i2c", true)
                .adapter(2, "OMAP I2C adapter", TI_SYSC + "4819c000.target-module/4819c000.i2c", true);
    }

    @Test
    void theSimulatorIsAProviderFoundOnTheClassPath() {
        assertEquals("sim", BusResolver.provider("sim").orElseThrow().name());
        assertTrue(BusResolver.isProvided("sim"));
        try (I2cBus bus = new BusResolver(env(new SysfsFixture(root))).open("sim")) {
            assertEquals("sim", bus.name());
            EepromChip chip = assertInstanceOf(EepromChip.class, ((SimBus) bus).chip(0x51));
            assertEquals("t24c04a", chip.geometry().name(), "the fan's part, the catalog's row");
            bus.device(0x50).quick(false);
        }
        assertTrue(Files.exists(root.resolve("sim/chip-0x50.bin")), "in the folder the request's variables name");
    }

    @Test
    void aBoardsHardwareNamesAndPinsBecomeItsBusNumbers() {
        BusResolver buses = new BusResolver(env(beagleBone()));
        assertEquals("2", buses.resolve("I2C2"));
        assertEquals("2", buses.resolve("P9_19"));
        assertEquals("0", buses.resolve("i2c0"));
        assertEquals("7", buses.resolve("7"), "a number stays a number");
        assertEquals("/dev/i2c-2", buses.resolve("/dev/i2c-2"));
    }

    @Test
    void eachFailureSaysWhyWithItsReason() {
        BusResolver buses = new BusResolver(env(beagleBone()));
        assertEquals(Reason.NOT_UNIQUE, assertThrows(NoSuchBusException.class,
                () -> buses.resolve("OMAP I2C adapter")).reason());
        NoSuchBusException off = assertThrows(NoSuchBusException.class, () -> buses.resolve("P9_17"));
        assertEquals(Reason.NOT_ENABLED, off.reason());
        assertTrue(off.detail().startsWith("I2C1 (P9_17 SCL, P9_18 SDA) is not enabled"), off.detail());
        NoSuchBusException unknown = assertThrows(NoSuchBusException.class, () -> buses.resolve("nonesuch"));
        assertEquals(Reason.UNKNOWN_NAME, unknown.reason());
        assertTrue(unknown.detail().endsWith("; 'sim' is the simulated bus"), unknown.detail());
        NoSuchBusException missing = assertThrows(NoSuchBusException.class, () -> buses.open("5"));
        assertEquals(Reason.UNKNOWN_NAME, missing.reason(), "a number no adapter has");
        assertTrue(missing.detail().endsWith("i2c-2 (OMAP I2C adapter); 'sim' is the simulated bus"), missing.detail());
    }

    @Test
    void anotherBoardsPinIsNamedWithAHint() {
        BusResolver buses = new BusResolver(env(new SysfsFixture(root)
                .adapter(1, "SMBus I801 adapter at efa0", "devices/pci0000:00/0000:00:1f.4", true)));
        NoSuchBusException e = assertThrows(NoSuchBusException.class, () -> buses.resolve("P9_19"));
        assertEquals(Reason.OTHER_BOARDS_NAME, e.reason());
        assertTrue(e.hint().orElseThrow().startsWith("P9_19 is a header pin of the BeagleBone"), e.hint().orElseThrow());
        assertTrue(e.detail().startsWith("no I2C bus is called 'P9_19' here: P9_19 is a header pin"), e.detail());
    }
}
