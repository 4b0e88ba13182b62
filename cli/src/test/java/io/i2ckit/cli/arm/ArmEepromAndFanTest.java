// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.arm;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.eeprom.At24Eeprom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static io.i2ckit.cli.arm.ArmBench.BUS;
import static io.i2ckit.cli.arm.ArmBench.i2ckit;
import static io.i2ckit.cli.arm.ArmBench.tool;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EEPROM driver and the fan programmer on the 0x54/0x55 pair through combined transfers, the
 * kernel's at24 driver as the oracle, and an address the kernel owns refused as i2c-tools refuses it.
 */
@Tag("arm")
class ArmEepromAndFanTest {
    private static final Path ADAPTER = Path.of("/sys/bus/i2c/devices/i2c-0");

    @TempDir
    Path dir;

    @BeforeAll
    static void inTheArmGuest() {
        ArmBench.requireArmGuest();
    }

    @AfterEach
    void noDriverLeftBound() throws Exception {
        if (Files.exists(ADAPTER.resolve("0-0054"))) {
            Files.writeString(ADAPTER.resolve("delete_device"), "0x54");
        }
    }

    @Test
    void theDriverWritesAndVerifiesBothHalvesThroughCombinedTransfers() {
        byte[] image = new byte[512];
        new Random(15).nextBytes(image);
        try (I2cBus bus = I2cBuses.open(BUS)) {
            At24Eeprom eeprom = new At24Eeprom(bus.device(0x54), EepromCatalog.standard().get("24c04"));
            assertTrue(eeprom.readPath().startsWith("plain I2C"), eeprom.readPath());
            eeprom.write(0, image, eeprom.readAll());
            assertArrayEquals(image, eeprom.readAll());
        }
        String row = KernelBench.ok(tool("i2cdump", "-y", "-r", "0x00-0x0f", BUS, "0x55", "b")).out().lines()
                .filter(l -> l.startsWith("00: ")).findFirst().orElseThrow();
        for (int k = 0; k < 16; k++) {
            assertEquals(String.format("%02x", image[256 + k] & 0xff), row.substring(4 + 3 * k, 6 + 3 * k),
                    "Debian's i2cdump sees byte " + (256 + k));
        }
    }

    @Test
    void theFanIsProgrammedAndReadOnTheArmBus() {
        String[] message = {"HELLO FROM A BEAGLEBONE'S ABI", "i2c-versatile, I2C_RDWR", "both halves 0x54 0x55"};
        String[] program = new String[6 + message.length];
        System.arraycopy(new String[] {"fan", "program", "--bus", BUS, "--addr", "0x54"}, 0, program, 0, 6);
        System.arraycopy(message, 0, program, 6, message.length);
        CliHarness.Result written = i2ckit(dir, program);
        assertEquals(0, written.code(), written.toString());
        CliHarness.Result read = i2ckit(dir, "fan", "read", "--bus", BUS, "--addr", "0x54");
        assertEquals(0, read.code(), read.toString());
        for (int i = 0; i < message.length; i++) {
            assertTrue(read.out().contains((i + 1) + ": \"" + message[i] + "\""), read.out());
        }
    }

    @Test
    void theReadOnlyEdidTakesNoWriteAndTheErrorSaysSo() {
        String before = KernelBench.ok(tool("i2cdump", "-y", BUS, "0x50", "b")).out();
        CliHarness.Result r = i2ckit(dir, "eeprom", "erase", "--bus", BUS, "--addr", "0x50", "--chip", "24c02");
        assertEquals(1, r.code(), r.toString());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("Error: ")).count(), r.err());
        assertTrue(r.err().contains("backup"), "names the backup: " + r.err());
        assertEquals(before, KernelBench.ok(tool("i2cdump", "-y", BUS, "0x50", "b")).out(), "the EDID as it was");
    }

    @Test
    void whatAt24ReadsIsWhatTheEepromDriverReads() throws Exception {
        byte[] ours;
        try (I2cBus bus = I2cBuses.open(BUS)) {
            ours = new At24Eeprom(bus.device(0x54), EepromCatalog.standard().get("24c04")).readAll();
        }
        KernelBench.ok(tool("modprobe", "at24"));
        Files.writeString(ADAPTER.resolve("new_device"), "24c04 0x54");
        byte[] kernel = Files.readAllBytes(ADAPTER.resolve("0-0054/eeprom"));
        assertArrayEquals(ours, kernel, "at24's sysfs eeprom file");
    }

    @Test
    void anAddressTheKernelOwnsIsUuAndRefusedAsI2ctoolsRefusesIt() throws Exception {
        KernelBench.ok(tool("modprobe", "at24"));
        Files.writeString(ADAPTER.resolve("new_device"), "24c04 0x54");
        ArmBench.assertSame(tool("i2cdetect", "-y", BUS), i2ckit(dir, "detect", "-y", BUS), "detect shows UU");
        ArmBench.assertSame(tool("i2cset", "-y", BUS, "0x54", "0x00", "0x01"),
                i2ckit(dir, "set", "-y", BUS, "0x54", "0x00", "0x01"), "set refused");
        CliHarness.Result eeprom = i2ckit(dir, "eeprom", "erase", "--bus", BUS, "--addr", "0x54");
        assertEquals(1, eeprom.code(), eeprom.toString());
        assertTrue(eeprom.err().startsWith("Error: ") && eeprom.err().contains("--force"), eeprom.err());
        ArmBench.assertSame(tool("i2cget", "-y", "-f", BUS, "0x54", "0x00"),
                i2ckit(dir, "get", "-y", "-f", BUS, "0x54", "0x00"), "get -f reads anyway");
    }
}
