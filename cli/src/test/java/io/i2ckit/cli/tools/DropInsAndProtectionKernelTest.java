// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.cli.Main;
import io.i2ckit.cli.Session;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.core.testing.SysfsFixture;
import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the bench's kernel: a drop-in changes nothing i2c-tools would not (it never loads a module),
 * and -f alone never writes an address a board protects. For the second, the stub's bus is made
 * the BeagleBone's I2C0 by a sysfs fixture (device tree and the adapter's platform device), with
 * the real /dev, so the stub's chip at 0x50 stands where the board's ID EEPROM is.
 */
@Tag("kernel")
class DropInsAndProtectionKernelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    @AfterAll
    static void asFound() {
        KernelBench.ok(KernelBench.run("modprobe", "i2c-dev"));
        KernelBench.reloadStub(KernelBench.STUB_CHIPS, null);
    }

    @Test
    void aDropInRunAsRootLoadsNoModuleAndSaysWhatI2cToolsSays() throws Exception {
        KernelBench.reloadStub("0x50", null);
        KernelBench.ok(KernelBench.run("rmmod", "i2c-dev"));
        String bus = Integer.toString(KernelBench.stubBus());
        String before = Files.readString(Path.of("/proc/modules"));

        KernelBench.Run ours;
        KernelBench.Run theirs;
        String after;
        try {
            ours = KernelBench.run("bin/i2cget", "-y", bus, "0x50", "0x00");
            theirs = KernelBench.run("/usr/sbin/i2cget", "-y", bus, "0x50", "0x00");
            after = Files.readString(Path.of("/proc/modules"));
        } finally {
            KernelBench.ok(KernelBench.run("modprobe", "i2c-dev"));
        }

        assertEquals(before.lines().map(l -> l.split(" ")[0]).sorted().toList(),
                after.lines().map(l -> l.split(" ")[0]).sorted().toList(), "no module loaded or removed");
        assertEquals(theirs.exit(), ours.exit(), ours.toString());
        assertEquals(theirs.err().stripTrailing() + " (i2c-dev is not loaded: sudo modprobe i2c-dev; i2ckit's own"
                + " commands load it themselves)\n", ours.err());
    }

    private CliHarness.Result onBeagleBone(String... args) {
        int stub = KernelBench.stubBus();
        Path sys = dir.resolve("sys");
        if (!Files.isDirectory(sys)) {
            fixture(stub);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString()),
                new BusEnvironment(Path.of("/dev"), sys, dir.resolve("lock"),
                java.util.Map.of(SimStore.DIR_VARIABLE, dir.resolve("sim").toString())), false);
        int code = Main.run(session, args);
        return new CliHarness.Result(code, out.toString(), err.toString());
    }

    /** The stub's adapter as the BeagleBone's I2C0 (its platform device), bound to i2c-dev. */
    private void fixture(int stub) {
        new SysfsFixture(dir).deviceTree("TI AM335x BeagleBone Black", "ti,am335x-bone-black", "ti,am335x-bone")
                .adapter(stub, "OMAP I2C adapter", "devices/platform/ocp/44e0b000.i2c", false);
        Path sys = dir.resolve("sys");
        try {
            Files.createDirectories(sys.resolve("class/i2c-dev/i2c-" + stub));
            Files.writeString(sys.resolve("class/i2c-dev/i2c-" + stub + "/name"), "OMAP I2C adapter\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String byteAt(String bus, String register) {
        return KernelBench.ok(KernelBench.run("/usr/sbin/i2cget", "-y", bus, "0x50", register)).out();
    }

    @Test
    void forceAloneNeverWritesTheBoardsIdEeprom() throws Exception {
        KernelBench.ok(KernelBench.run("modprobe", "i2c-dev"));
        KernelBench.reloadStub("0x50", null);
        String bus = Integer.toString(KernelBench.stubBus());
        String before = byteAt(bus, "0x00");

        CliHarness.Result forced = onBeagleBone("set", "-y", "-f", bus, "0x50", "0x00", "0x41");
        assertEquals(1, forced.code(), forced.toString());
        assertTrue(forced.err().startsWith("Error: 0x50 on /dev/i2c-" + bus + " is the board ID EEPROM"), forced.err());
        assertTrue(forced.err().contains("add --allow-protected to write it anyway (-f only talks past a kernel driver)"),
                forced.err());
        assertEquals(before, byteAt(bus, "0x00"));

        Path image = Files.write(dir.resolve("image.bin"), new byte[] {0x42});
        CliHarness.Result eeprom = onBeagleBone("eeprom", "write", "--bus", bus, "--chip", "24c02", "--force",
                image.toString());
        assertEquals(1, eeprom.code(), eeprom.toString());
        assertTrue(eeprom.err().contains("add --allow-protected to write it anyway"), eeprom.err());
        assertEquals(before, byteAt(bus, "0x00"));

        CliHarness.Result allowed = onBeagleBone("set", "-y", "--allow-protected", bus, "0x50", "0x00", "0x41");
        assertEquals(0, allowed.code(), allowed.toString());
        assertEquals("0x41\n", byteAt(bus, "0x00"));
    }
}
