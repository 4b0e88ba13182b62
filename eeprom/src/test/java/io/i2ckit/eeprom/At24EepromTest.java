// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import io.i2ckit.core.BusyException;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cTimeoutException;
import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.sim.BusStats;
import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.FaultPlan;
import io.i2ckit.sim.FunctionalityPresets;
import io.i2ckit.sim.SimBus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver against the simulator's 24Cxx model, on each kind of adapter. */
class At24EepromTest {
    private static final EepromType T24C04A = EepromCatalog.standard().get("t24c04a");

    private final ChipMemory memory = ChipMemory.inMemory(512, 0xff);

    private SimBus bus(Functionality functionality, FaultPlan faults, EepromType geometry) {
        return SimBus.builder().functionality(functionality).faults(faults)
                .chip(new EepromChip(0x50, geometry, memory, "T24C04A")).build();
    }

    private SimBus bus() {
        return bus(FunctionalityPresets.get("full-i2c"), FaultPlan.none(), EepromCatalog.standard().get("t24c04a"));
    }

    private static byte[] random(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private byte[] memory() {
        return memory.snapshot();
    }

    @Test
    void plainI2cReadsEachBlockAddressInOneCombinedTransfer() {
        byte[] image = random(1, 512);
        memory.load(image);
        SimBus bus = bus();
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        assertArrayEquals(image, eeprom.readAll());
        BusStats s = bus.stats();
        assertEquals(2, s.transactions(), "never both addresses in one transfer, as at24 reads");
        // S, w1@0x50, Sr, r256@0x50, P, then the same at 0x51
        assertEquals(2 * (1 + 18 + 1 + 9 + 256 * 9 + 1), s.bits());
        assertTrue(eeprom.readPath().startsWith("plain I2C: sequential reads"), eeprom.readPath());
    }

    @Test
    void smbusOnlyAdapterReadsAndWritesThroughI2cBlocks() {
        SimBus bus = bus(FunctionalityPresets.get("i2c-stub"), FaultPlan.none(), EepromCatalog.standard().get("t24c04a"));
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        byte[] image = random(2, 512);
        eeprom.write(0, image, null);
        assertArrayEquals(image, memory());
        assertArrayEquals(image, eeprom.readAll());
        assertTrue(eeprom.writePath().startsWith("SMBus I2C-block writes"), eeprom.writePath());
    }

    @Test
    void byteOnlyAdapterStillWorks() {
        Functionality bytes = FunctionalityPresets.get("0x00180000"); // SMBus read and write byte data
        At24Eeprom eeprom = new At24Eeprom(bus(bytes, FaultPlan.none(), EepromCatalog.standard().get("t24c04a")).device(0x50), T24C04A);
        byte[] data = random(3, 40);
        eeprom.write(0x1c0, data, null);
        assertArrayEquals(data, eeprom.read(0x1c0, 40));
        assertEquals("SMBus byte reads, one byte at a time", eeprom.readPath());
    }

    @Test
    void writesSplitAtPageBoundariesAndNeverCrossOne() {
        SimBus bus = bus();
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        byte[] data = random(4, 40);
        WriteReport r = eeprom.write(0x0c, data, null);
        assertEquals(List.of("0x0c+4", "0x10+16", "0x20+16", "0x30+4"),
                r.writtenPages().stream().map(p -> String.format("0x%02x+%d", p[0], p[1])).toList());
        byte[] expected = memory.snapshot();
        System.arraycopy(data, 0, expected, 0x0c, 40);
        assertArrayEquals(expected, memory());
        assertEquals(0xff, memory.get(0x0b) & 0xff);
        assertEquals(0xff, memory.get(0x34) & 0xff);
    }

    @Test
    void pageWritesCrossIntoTheSecondBlockAddress() {
        At24Eeprom eeprom = new At24Eeprom(bus().device(0x50), T24C04A);
        byte[] data = random(5, 32);
        eeprom.write(0xf0, data, null);
        assertArrayEquals(data, java.util.Arrays.copyOfRange(memory(), 0xf0, 0x110));
    }

    @Test
    void rewritingTheSameImageWritesNothing() {
        SimBus bus = bus();
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        byte[] image = random(6, 512);
        eeprom.write(0, image, null);
        long before = bus.stats().transactions();
        byte[] current = eeprom.readAll();
        WriteReport again = eeprom.write(0, image, current);
        assertEquals(0, again.pagesWritten());
        assertEquals(32, again.pagesSkipped());
        assertEquals(2, bus.stats().transactions() - before, "one read of each block address, nothing else");
    }

    @Test
    void ackPollingWaitsOutEachWriteCycleAPauseBetweenPolls() {
        SimBus bus = bus();
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        WriteReport r = eeprom.write(0, random(7, 512), memory());
        assertFalse(r.fellBack());
        assertEquals(32, r.pagesWritten());
        BusStats s = bus.stats();
        // a poll (20 bits, 0.2 ms) every 1 ms pause: at least four NACKs in each 5 ms cycle
        assertTrue(s.nacks() >= 32 * 4 && s.nacks() <= 32 * 6, "polled through 32 write cycles, paced as at24: " + s);
        assertEquals(32 * (1_640_000L + 5_000_000L), r.minimumWriteNanos(T24C04A, 100_000), "32 x (164 bits + tWR)");
        assertTrue(r.writeNanos() >= r.minimumWriteNanos(T24C04A, 100_000), "no faster than physics: " + r.writeNanos());
        assertTrue(r.writeNanos() <= r.minimumWriteNanos(T24C04A, 100_000) + 32 * 1_200_000L,
                "each wait ends within a pause and a poll of its cycle's end: " + r.writeNanos());
    }

    @Test
    void aPartWithSmallerPagesThanItsRowIsWrittenAgainAtHalfThePage() {
        // Microchip's 24C04A has 8-byte pages; written as a 16-byte part, the second half of each
        // page wraps over the first, verify notices, and the pages go again in halves
        At24Eeprom eeprom = new At24Eeprom(
                bus(FunctionalityPresets.get("full-i2c"), FaultPlan.none(), EepromCatalog.standard().get("t24c04a").withPageSize(8))
                        .device(0x50), T24C04A);
        byte[] image = random(8, 512);
        WriteReport r = eeprom.write(0, image, null);
        assertArrayEquals(image, memory());
        assertTrue(r.fellBack());
        assertEquals(8, r.pageSize());
        assertEquals(32 + 64, r.pagesWritten());
    }

    @Test
    void writeProtectedPartFailsVerifyAndSaysWhy() {
        SimBus bus = bus();
        ((EepromChip) bus.chip(0x50)).setWriteProtected(true);
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        EepromVerifyException e = assertThrows(EepromVerifyException.class, () -> eeprom.write(0, random(9, 32), null));
        assertEquals(32, e.offsets().size());
        assertTrue(e.getMessage().startsWith("verify at 0x50 on sim: 32 bytes did not read back as written, at 0x000-0x01f"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("the write-protect (WP) pin may be high"), e.getMessage());
    }

    @Test
    void aOneOffNoAcknowledgeMidPageIsRetriedAndTheDataIsRight() {
        // transaction 2 is the first page write (1 is the read); its byte 6 is the fifth data byte
        SimBus bus = bus(FunctionalityPresets.get("full-i2c"), FaultPlan.seeded(1).nack(2, 6), EepromCatalog.standard().get("t24c04a"));
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        byte[] image = random(10, 64);
        eeprom.write(0, image, null);
        assertArrayEquals(image, java.util.Arrays.copyOf(memory(), 64));
    }

    @Test
    void aPartThatStopsAnsweringFailsAfterTheWriteTimeout() {
        SimBus bus = bus(FunctionalityPresets.get("full-i2c"), FaultPlan.seeded(1).stuckBusy(0x50, 5),
                EepromCatalog.standard().get("t24c04a"));
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        I2cTimeoutException e = assertThrows(I2cTimeoutException.class, () -> eeprom.write(0, random(11, 512), null));
        assertTrue(e.getMessage().contains("still failing after 25 ms: no acknowledge"), e.getMessage());
    }

    @Test
    void eioIsNotRetried() {
        SimBus bus = bus(FunctionalityPresets.get("full-i2c"), FaultPlan.seeded(1).eio(3), EepromCatalog.standard().get("t24c04a"));
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x50), T24C04A);
        I2cIoException e = assertThrows(I2cIoException.class, () -> eeprom.write(0, random(12, 64), null));
        assertEquals(5, e.errno());
    }

    @Test
    void anAddressAKernelDriverOwnsIsRefusedUnlessForced() {
        SimBus bus = SimBus.builder().chip(new EepromChip(0x50, EepromCatalog.standard().get("t24c04a"), memory, "T24C04A"))
                .driver(0x51, "at24").build();
        assertThrows(BusyException.class, () -> new At24Eeprom(bus.device(0x50), T24C04A),
                "the second block address counts too");
        new At24Eeprom(bus.device(0x50, io.i2ckit.core.DeviceOptions.DEFAULT.withForce(true)), T24C04A).readAll();
    }

    @Test
    void baseAddressMustBeTheFirstOfTheBlockAddresses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new At24Eeprom(bus().device(0x51), T24C04A));
        assertEquals("a t24c04a answers 2 addresses starting at a multiple of 2; 0x51 is not one (did you mean 0x50?)",
                e.getMessage());
    }

    @Test
    void anAddressOutsideTheEepromRangeIsRefusedBeforeAnyTransfer() {
        SimBus bus = bus();
        for (int a : new int[] {0x20, 0x48, 0x4f, 0x58}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new At24Eeprom(bus.device(a), T24C04A));
            assertEquals(String.format("0x%02x is not an EEPROM address: a t24c04a answers only at 0x50-0x57"
                    + " (2 addresses from a multiple of 2), as its address pins choose", a), e.getMessage());
        }
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> new At24Eeprom(bus.device(0x56), EepromCatalog.standard().get("24c08")));
        assertTrue(high.getMessage().startsWith("0x56 is not an EEPROM address: a 24c08 answers only at 0x50-0x57"
                + " (4 addresses from a multiple of 4)"), high.getMessage());
    }

    @Test
    void twoByteAddressedPartOnAnSmbusOnlyAdapter() {
        ChipMemory big = ChipMemory.inMemory(32768, 0xff);
        SimBus bus = SimBus.builder().functionality(FunctionalityPresets.get("i801"))
                .chip(new EepromChip(0x54, EepromCatalog.standard().get("24c256"), big, "24C256")).build();
        At24Eeprom eeprom = new At24Eeprom(bus.device(0x54), EepromCatalog.standard().get("24c256"));
        byte[] data = random(13, 100);
        eeprom.write(0x1234, data, null);
        assertArrayEquals(data, eeprom.read(0x1234, 100));
        assertFalse(eeprom.readPath().startsWith("plain"));
    }

    @Test
    void rangesOutsideThePartAreRefused() {
        At24Eeprom eeprom = new At24Eeprom(bus().device(0x50), T24C04A);
        assertThrows(IllegalArgumentException.class, () -> eeprom.read(500, 20));
        assertThrows(IllegalArgumentException.class, () -> eeprom.write(-1, new byte[2], null));
    }
}
