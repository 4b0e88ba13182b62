// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.boardprofiles.BusResolver;
import io.i2ckit.cli.tools.ToolSupport;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.NoSuchBusException;
import io.i2ckit.core.testing.SysfsFixture;
import io.i2ckit.sim.SimBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardCommandTest {
    @TempDir
    Path root;

    private SysfsFixture beagleBone() {
        return new SysfsFixture(root).deviceTree("TI AM335x BeagleBone Black", "ti,am335x-bone-black", "ti,am335x-bone")
                .adapter(0, "OMAP I2C adapter", "devices/ocp.3/44e0b000.i2c", true)
                .adapter(1, "OMAP I2C adapter", "devices/ocp.3/4819c000.i2c", true);
    }

    private Session session(StringWriter out, StringWriter err) {
        return new Session(new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")), Map.of(),
                new SysfsFixture(root).env(), false);
    }

    private CliHarness.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(session(out, err), args);
        return new CliHarness.Result(code, out.toString(), err.toString());
    }

    @Test
    void aBeagleBoneShowsItsBusesProtectionsAndTheWiring() {
        beagleBone();
        CliHarness.Result r = run("board");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Board:    BeagleBone Black / Green (TI AM335x BeagleBone Black), 3.3 V logic\n"
                + "Modules:  i2c-omap i2c-dev\nBuses:\n"), r.out());
        assertTrue(r.out().contains("  I2C1  (not enabled)  P9_17 SCL, P9_18 SDA   off unless"), r.out());
        assertTrue(r.out().contains("  I2C2  " + root.resolve("dev/i2c-1")), "3.8 numbering: I2C2 is i2c-1\n" + r.out());
        assertTrue(r.out().contains("<- the fan's bus"), r.out());
        assertTrue(r.out().contains("  I2C0  0x50       the board ID EEPROM (24c256)"), r.out());
        assertTrue(r.out().contains("Wiring the fan to I2C2 (P9_19 SCL, P9_20 SDA)"), r.out());
        assertTrue(r.out().contains("> CLK --     I2C2_SCL      19   20  I2C2_SDA     -- DATA <"), r.out());
    }

    @Test
    void aPcListsItsAdaptersAndTheMemorySpdAsProtected() {
        new SysfsFixture(root).adapter(0, "SMBus I801 adapter at efa0", "devices/pci0000:00/0000:00:1f.4", true);
        CliHarness.Result r = run("board");
        assertTrue(r.out().contains("Board:    generic Linux\n"), r.out());
        assertTrue(r.out().contains("SMBus I801 adapter at efa0"), r.out());
        assertTrue(r.out().contains("  i2c-0 0x50-0x57  memory module SPD EEPROMs"), r.out());
        assertTrue(r.out().contains("no default bus on this board"), r.out());
    }

    @Test
    void hardwareNamesAndHeaderPinsBecomeBusNumbers() {
        beagleBone();
        Session s = session(new StringWriter(), new StringWriter());
        BusResolver buses = s.busResolver();
        assertEquals("1", buses.resolve("i2c2"));
        assertEquals("1", buses.resolve("P9_20"));
        assertEquals("0", buses.resolve("I2C0"));
        assertEquals("2", buses.resolve("2"), "numbers stay numbers");
        assertEquals("sim", buses.resolve("sim"));
        NoSuchBusException shared = assertThrows(NoSuchBusException.class, () -> buses.resolve("OMAP I2C adapter"));
        assertEquals(NoSuchBusException.Reason.NOT_UNIQUE, shared.reason(), "each of the BeagleBone's adapters has that name");
        NoSuchBusException off = assertThrows(NoSuchBusException.class, () -> buses.resolve("P9_17"));
        assertEquals(NoSuchBusException.Reason.NOT_ENABLED, off.reason());
        assertTrue(off.getMessage().startsWith("I2C1 (P9_17 SCL, P9_18 SDA) is not enabled"), off.getMessage());
    }

    @Test
    void writesToTheBoardIdEepromAreRefusedWithoutForce() {
        beagleBone();
        StringWriter err = new StringWriter();
        Session s = session(new StringWriter(), err);
        // a bus named as the kernel's i2c-0 is; the simulator stands in for the device node
        I2cBus i2c0 = SimBus.builder().name("i2c-0").build();
        I2cBus i2c2 = SimBus.builder().name("i2c-1").build();
        assertTrue(s.protection(i2c0, 0x50).orElseThrow().startsWith("the board ID EEPROM"));
        assertEquals(Optional.empty(), s.protection(i2c2, 0x50));
        assertEquals(false, ToolSupport.mayWrite(s, i2c0, 0x50, false));
        s.err().flush();
        assertEquals("Error: 0x50 on i2c-0 is the board ID EEPROM (24c256): the board reads its name, revision and cape"
                + " setup from it; add --allow-protected to write it anyway (-f only talks past a kernel driver)\n",
                err.toString());
        assertEquals(true, ToolSupport.mayWrite(s, i2c0, 0x50, true));
        assertEquals(true, ToolSupport.mayWrite(s, i2c2, 0x50, false));
        assertEquals(Optional.empty(), s.protection(SimBus.builder().build(), 0x50), "never on the simulator");
    }

    @Test
    void theEepromCommandsDefaultToTheBoardsFanBus() {
        beagleBone();
        CliHarness.Result r = run("eeprom", "info");
        // the fixture's device node is no real device, so opening it fails: but it is the right one
        assertTrue(r.err().contains("/dev/i2c-1"), r.toString());
    }
}
