// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.boardprofiles;

import io.i2ckit.core.AdapterInfo;
import io.i2ckit.core.testing.SysfsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles chosen from device-tree fixtures, buses found through sysfs fixtures as each kernel lays them out. */
class BoardTest {
    @TempDir
    Path root;

    private static final String TI_SYSC = "devices/platform/ocp/48000000.interconnect/48000000.interconnect:segment@100000/";

    private SysfsFixture bbb() {
        return new SysfsFixture(root).deviceTree("TI AM335x BeagleBone Black",
                "ti,am335x-bone-black", "ti,am335x-bone", "ti,am33xx");
    }

    private Board detect(SysfsFixture f) {
        return Board.detect(f.env());
    }

    private static int number(Optional<AdapterInfo> a) {
        return a.orElseThrow().number();
    }

    @Test
    void beagleBoneOnAModernKernelFindsEachBusByItsController() {
        Board board = detect(bbb()
                .adapter(0, "OMAP I2C adapter", "devices/platform/ocp/44c00000.interconnect/44c00000.interconnect:segment@200000/44e0b000.target-module/44e0b000.i2c", true)
                .adapter(2, "OMAP I2C adapter", TI_SYSC + "4819c000.target-module/4819c000.i2c", true));
        assertEquals("beaglebone", board.profile().id());
        assertEquals("TI AM335x BeagleBone Black", board.model());
        assertEquals(2, number(board.resolve("i2c2")));
        assertEquals(2, number(board.resolve("I2C2")));
        assertEquals(2, number(board.resolve("P9_19")));
        assertEquals(2, number(board.resolve("p9_20")));
        assertEquals(0, number(board.resolve("i2c0")));
        assertEquals(Optional.of("i2c2"), board.fanBus());
        assertEquals(Optional.empty(), board.resolve("i2c7"));
    }

    @Test
    void beagleBoneOnA38KernelNumberedI2c2AsBusOneAndStillResolvesIt() {
        // 3.8's bone_capemgr numbered buses in probe order: i2c-1 was I2C2, I2C1 came later as i2c-2
        Board board = detect(bbb()
                .adapter(0, "OMAP I2C adapter", "devices/ocp.3/44e0b000.i2c", true)
                .adapter(1, "OMAP I2C adapter", "devices/ocp.3/4819c000.i2c", true)
                .adapter(2, "OMAP I2C adapter", "devices/ocp.3/4802a000.i2c", true));
        assertEquals(1, number(board.resolve("i2c2")));
        assertEquals(1, number(board.resolve("P9_19")));
        assertEquals(2, number(board.resolve("i2c1")));
        assertEquals(2, number(board.resolve("P9_17")));
    }

    @Test
    void aBusTheProfileKnowsButThisBoardHasNotEnabledSaysSo() {
        Board board = detect(bbb().adapter(0, "OMAP I2C adapter", "devices/ocp.3/44e0b000.i2c", true));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> board.resolve("P9_17"));
        assertEquals("I2C1 (P9_17 SCL, P9_18 SDA) is not enabled on this BeagleBone Black / Green (off unless a device"
                + " tree overlay (BB-I2C1) enables it)", e.getMessage());
    }

    @Test
    void theBoardIdEepromAndThePmicAreProtectedOnlyOnI2c0() {
        Board board = detect(bbb()
                .adapter(0, "OMAP I2C adapter", "devices/ocp.3/44e0b000.i2c", true)
                .adapter(1, "OMAP I2C adapter", "devices/ocp.3/4819c000.i2c", true));
        AdapterInfo i2c0 = board.adapters().get(0);
        AdapterInfo i2c2 = board.adapters().get(1);
        assertTrue(board.protection(i2c0, 0x50).orElseThrow().startsWith("the board ID EEPROM (24c256)"));
        assertTrue(board.protection(i2c0, 0x24).orElseThrow().startsWith("the PMIC"));
        assertEquals(Optional.empty(), board.protection(i2c0, 0x51));
        assertEquals(Optional.empty(), board.protection(i2c2, 0x50), "the fan's EEPROM on I2C2 is fair game");
        assertTrue(board.protection(i2c2, 0x55).orElseThrow().startsWith("cape ID EEPROMs"));
        assertTrue(board.protectsByPlace(0x50) && board.protectsByPlace(0x24), "told by the adapter's place in sysfs");
        assertFalse(board.protectsByPlace(0x48));
    }

    @Test
    void beagleBoneGreenIsTheSameProfile() {
        Board board = detect(new SysfsFixture(root).deviceTree("TI AM335x BeagleBone Green",
                "ti,am335x-bone-green", "ti,am335x-bone-black", "ti,am335x-bone", "ti,am33xx"));
        assertEquals("beaglebone", board.profile().id());
    }

    @Test
    void raspberryPi4FindsTheHeaderBusByItsAdapterNameOrDevice() {
        Board board = detect(new SysfsFixture(root).deviceTree("Raspberry Pi 4 Model B Rev 1.4",
                        "raspberrypi,4-model-b", "brcm,bcm2711")
                .adapter(1, "bcm2835 (i2c@7e804000)", "devices/platform/soc/fe804000.i2c", true)
                .adapter(20, "fef04500.i2c", "devices/platform/soc/fef04500.i2c", true)
                .adapter(21, "fef09500.i2c", "devices/platform/soc/fef09500.i2c", true));
        assertEquals("raspberrypi", board.profile().id());
        assertEquals(1, number(board.resolve("pin3")));
        assertEquals(1, number(board.resolve("PIN5")));
        assertEquals(1, number(board.resolve("i2c1")));
        IllegalStateException off = assertThrows(IllegalStateException.class, () -> board.resolve("i2c0"));
        assertTrue(off.getMessage().endsWith("add dtparam=i2c_arm=on to /boot/firmware/config.txt (or run raspi-config,"
                + " Interface Options, I2C) and reboot"), off.getMessage());
    }

    @Test
    void raspberryPi3AndZeroNameTheirControllersByOtherAddresses() {
        Board pi3 = detect(new SysfsFixture(root.resolve("pi3")).deviceTree("Raspberry Pi 3 Model B Rev 1.2",
                "raspberrypi,3-model-b", "brcm,bcm2837").adapter(1, "bcm2835 I2C adapter",
                "devices/platform/soc/3f804000.i2c", true));
        assertEquals(1, number(pi3.resolve("i2c1")), "found by its device, the adapter name being older");
        Board zero = detect(new SysfsFixture(root.resolve("zero")).deviceTree("Raspberry Pi Zero W Rev 1.1",
                "raspberrypi,model-zero-w", "brcm,bcm2835").adapter(1, "bcm2835 (i2c@7e804000)",
                "devices/platform/soc/20804000.i2c", true));
        assertEquals(1, number(zero.resolve("pin3")));
    }

    @Test
    void raspberryPi5UsesRp1sDesignWareController() {
        Board board = detect(new SysfsFixture(root).deviceTree("Raspberry Pi 5 Model B Rev 1.0",
                        "raspberrypi,5-model-b", "brcm,bcm2712")
                .adapter(1, "Synopsys DesignWare I2C adapter", "devices/platform/axi/1000120000.pcie/1f00074000.i2c", true));
        assertEquals("raspberrypi5", board.profile().id());
        assertEquals(1, number(board.resolve("pin3")));
        assertTrue(board.profile().modules().contains("i2c-designware-platform"));
    }

    @Test
    void aPcWithAnI801ProtectsTheMemoryModulesSpdEeproms() {
        Board board = detect(new SysfsFixture(root)
                .adapter(0, "SMBus I801 adapter at efa0", "devices/pci0000:00/0000:00:1f.4", true)
                .adapter(1, "i915 gmbus dpc", "devices/pci0000:00/0000:00:02.0", true));
        assertEquals("generic", board.profile().id());
        assertEquals(Optional.empty(), board.fanBus());
        AdapterInfo smbus = board.adapters().get(0);
        assertTrue(board.protection(smbus, 0x50).orElseThrow().startsWith("memory module SPD EEPROMs"));
        assertTrue(board.protection(smbus, 0x57).isPresent());
        assertEquals(Optional.empty(), board.protection(smbus, 0x58));
        assertEquals(Optional.empty(), board.protection(board.adapters().get(1), 0x50));
        assertEquals(Optional.empty(), board.resolve("i2c2"), "a generic board has no hardware names");
        // a write decides from these whether it must look the adapter up at all
        assertTrue(board.mayProtect(0x50), "an adapter rule (SPD) covers 0x50 on some adapter");
        assertFalse(board.mayProtect(0x48), "nothing covers 0x48: no sysfs read for a write there");
        assertFalse(board.protectsByPlace(0x50), "a generic board protects nothing by its place in sysfs");
    }

    @Test
    void noDeviceTreeAtAllIsGeneric() {
        assertEquals("generic", detect(new SysfsFixture(root)).profile().id());
    }

    @Test
    void theBeagleBoneDrawingMarksTheFansPins() {
        String drawing = HeaderDrawing.draw(ProfileCatalog.standard().profiles().get(0));
        assertTrue(drawing.startsWith("P9 header (P9 is the double row along the edge with the 5 V jack"), drawing);
        assertTrue(drawing.contains("> GND --     GND            1   2   GND          \n"), drawing);
        assertTrue(drawing.contains("> VCC --     3.3V           3   4   3.3V         \n"), drawing);
        assertTrue(drawing.contains("> CLK --     I2C2_SCL      19   20  I2C2_SDA     -- DATA <\n"), drawing);
        assertEquals(10 + 2, drawing.lines().count(), "rows down to pins 19 and 20");
    }
}
