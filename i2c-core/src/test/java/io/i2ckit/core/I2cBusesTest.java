// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import io.i2ckit.core.testing.SysfsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class I2cBusesTest {
    @TempDir
    Path root;

    private BusEnvironment env() {
        return new SysfsFixture(root).env();
    }

    private void adapter(int n, String name, boolean withI2cDev) {
        new SysfsFixture(root).adapter(n, name, "devices/platform/soc/x" + n + ".i2c", withI2cDev);
    }

    @Test
    void busNumbersParseAsCStrtoulWithBaseZero() {
        assertEquals(OptionalLong.of(1), I2cBuses.parseNumber("1"));
        assertEquals(OptionalLong.of(16), I2cBuses.parseNumber("0x10"));
        assertEquals(OptionalLong.of(8), I2cBuses.parseNumber("010"));
        assertEquals(OptionalLong.of(0), I2cBuses.parseNumber("0"));
        assertEquals(OptionalLong.empty(), I2cBuses.parseNumber("1a"));
        assertEquals(OptionalLong.empty(), I2cBuses.parseNumber("08"));
        assertEquals(OptionalLong.empty(), I2cBuses.parseNumber(""));
        assertEquals(OptionalLong.empty(), I2cBuses.parseNumber("sim"));
        assertEquals(OptionalLong.of(31), I2cBuses.parseNumber("0X1F"));
        assertEquals(OptionalLong.of(0), I2cBuses.parseNumber("00"));
        for (String notWhole : new String[] {"0x", "0xg", " 1", "1 ", "-1", "+1", "\u0663", "1\u0663", "0x\uff11"}) {
            assertEquals(OptionalLong.empty(), I2cBuses.parseNumber(notWhole), "'" + notWhole + "'");
        }
        assertEquals(OptionalLong.of(Long.MAX_VALUE), I2cBuses.parseNumber("99999999999999999999"), "too big stays a number");
        assertEquals(OptionalLong.of(Long.MAX_VALUE), I2cBuses.parseNumber("0x1ffffffffffffffff"));
    }

    @Test
    void i2cCoreOpensLinuxBusesOnlySoSimIsJustAnUnknownName() {
        NoSuchBusException e = assertThrows(NoSuchBusException.class, () -> I2cBuses.open("sim", env()));
        assertEquals(NoSuchBusException.Reason.UNKNOWN_NAME, e.reason());
    }

    @Test
    void adaptersAreListedFromSysfsInBusOrder() {
        adapter(2, "OMAP I2C adapter", true);
        adapter(0, "OMAP I2C adapter", true);
        List<AdapterInfo> list = I2cBuses.list(env());
        assertEquals(List.of(0, 2), list.stream().map(AdapterInfo::number).toList());
        assertEquals("OMAP I2C adapter", list.get(0).name());
        assertEquals(root.resolve("dev/i2c-2"), list.get(1).device());
        assertTrue(list.get(1).sysfsPath().endsWith("x2.i2c/i2c-2"), list.get(1).sysfsPath().toString());
    }

    @Test
    void aNameCarriedByTwoAdaptersIsRefused() throws Exception {
        adapter(0, "OMAP I2C adapter", true);
        adapter(2, "OMAP I2C adapter", true);
        NoSuchBusException e = assertThrows(NoSuchBusException.class,
                () -> I2cBuses.numberOfAdapterNamed(env(), "OMAP I2C adapter"));
        assertEquals("I2C bus name 'OMAP I2C adapter' is not unique: i2c-0, i2c-2 carry it;"
                + " give the number", e.getMessage());
    }

    @Test
    void aUniqueNameFindsItsNumber() throws Exception {
        adapter(1, "bcm2835 (i2c@7e804000)", true);
        adapter(20, "fef04500.i2c", true);
        assertEquals(20, I2cBuses.numberOfAdapterNamed(env(), "fef04500.i2c"));
    }

    @Test
    void adapterWithoutDeviceNodeAsksForI2cDev() throws Exception {
        adapter(1, "bcm2835 (i2c@7e804000)", false);
        NoSuchBusException e = assertThrows(NoSuchBusException.class, () -> I2cBuses.open("1", env()));
        assertTrue(e.getMessage().contains("adapter i2c-1 exists but"), e.getMessage());
        assertTrue(e.getMessage().contains("sudo modprobe i2c-dev"), e.getMessage());
        assertEquals(NoSuchBusException.Reason.NO_DEVICE_NODE, e.reason());
    }

    @Test
    void unknownBusListsTheBusesThereAre() throws Exception {
        adapter(1, "bcm2835 (i2c@7e804000)", true);
        NoSuchBusException e = assertThrows(NoSuchBusException.class, () -> I2cBuses.open("3", env()));
        assertTrue(e.getMessage().endsWith("buses here are i2c-1 (bcm2835 (i2c@7e804000))"), e.getMessage());
        assertEquals(NoSuchBusException.Reason.UNKNOWN_NAME, e.reason());
        e = assertThrows(NoSuchBusException.class, () -> I2cBuses.open("nonesuch", env()));
        assertTrue(e.getMessage().contains("no I2C bus is called 'nonesuch'"), e.getMessage());
    }

    @Test
    void busNumberBeyondI2cToolsRangeIsRefused() {
        NoSuchBusException e = assertThrows(NoSuchBusException.class, () -> I2cBuses.open("0x100000", env()));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }
}
