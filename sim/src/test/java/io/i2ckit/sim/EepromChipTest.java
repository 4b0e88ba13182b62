// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.NoAcknowledgeException;
import io.i2ckit.core.parts.EepromCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 24C04 model against the datasheet's rules, driven through the bus as a host would. */
class EepromChipTest {
    private static final long TWR = 5_000_000;

    private final ChipMemory memory = ChipMemory.inMemory(512, 0xff);
    private final EepromChip chip = new EepromChip(0x50, EepromCatalog.standard().get("t24c04a"), memory, "T24C04A");
    private final SimBus bus = SimBus.builder().chip(chip).build();

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private void writeAt(int address, int offset, int... data) {
        byte[] out = new byte[data.length + 1];
        out[0] = (byte) offset;
        System.arraycopy(bytes(data), 0, out, 1, data.length);
        bus.transfer(I2cMessage.write(address, out));
    }

    private void waitWriteCycle() {
        bus.clock().sleep(TWR);
    }

    @Test
    void answersBothBlockAddressesAndNothingElse() {
        assertArrayEquals(new int[] {0x50, 0x51}, chip.addresses());
        bus.device(0x50).quick(false);
        bus.device(0x51).quick(false);
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x52).quick(false));
    }

    @Test
    void secondAddressSelectsTheUpperHalf() {
        writeAt(0x51, 0x00, 0xA5);
        waitWriteCycle();
        assertEquals(0xA5, memory.get(256));
        assertEquals(0xff, memory.get(0));
        assertEquals(0xA5, bus.device(0x51).readByteData(0x00));
    }

    @Test
    void writePastThePageEndWrapsToThePageStart() {
        // 20 bytes 0x80..0x93 from offset 0x14, column 4 of the page at 0x10: 0x80..0x8b fill
        // columns 4..15, then 0x8c..0x93 wrap to columns 0..7, overwriting 0x80..0x83
        int[] data = new int[20];
        for (int i = 0; i < data.length; i++) {
            data[i] = 0x80 + i;
        }
        writeAt(0x50, 0x14, data);
        waitWriteCycle();
        byte[] page = new byte[16];
        for (int i = 0; i < 16; i++) {
            page[i] = (byte) memory.get(0x10 + i);
        }
        assertArrayEquals(bytes(0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93,
                0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b), page);
        assertEquals(0xff, memory.get(0x20), "the next page is untouched");
        assertEquals(0xff, memory.get(0x0f), "the previous page is untouched");
    }

    @Test
    void chipIgnoresEverythingDuringTheWriteCycleThenAnswers() {
        writeAt(0x50, 0x00, 0x11);
        assertTrue(chip.busyAt(bus.clock().nanoTime()));
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x50).readByteData(0));
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x51).quick(false),
                "the second block address belongs to the same busy chip");
        bus.clock().sleep(TWR - 500_000);
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x50).quick(false));
        bus.clock().sleep(500_000);
        assertEquals(0x11, bus.device(0x50).readByteData(0));
    }

    @Test
    void writeCycleStartsAtTheStopNotBefore() {
        long before = bus.clock().nanoTime();
        writeAt(0x50, 0x00, 0x11, 0x22);
        // S + address + word address + 2 data + P = 1 + 9 + 9 + 18 + 1 bits at 10 us each
        long stopAt = before + 38 * 10_000;
        assertEquals(stopAt, bus.clock().nanoTime());
        assertTrue(chip.busyAt(stopAt + TWR - 1));
        assertFalse(chip.busyAt(stopAt + TWR));
    }

    @Test
    void sequentialReadRollsOverFromTheLastByteToTheFirst() {
        memory.set(510, 0x01);
        memory.set(511, 0x02);
        memory.set(0, 0x03);
        memory.set(1, 0x04);
        byte[] got = bus.device(0x51).writeRead(bytes(0xFE), 4);
        assertArrayEquals(bytes(0x01, 0x02, 0x03, 0x04), got);
    }

    @Test
    void sequentialReadCrossesFromTheLowerIntoTheUpperBlock() {
        memory.set(255, 0x10);
        memory.set(256, 0x20);
        assertArrayEquals(bytes(0x10, 0x20), bus.device(0x50).writeRead(bytes(0xFF), 2));
    }

    @Test
    void currentAddressReadContinuesFromTheLastAccess() {
        memory.set(0x42, 0x5a);
        memory.set(0x43, 0x5b);
        bus.device(0x50).readByteData(0x41);
        assertEquals(0x5a, bus.device(0x50).receiveByte());
        assertEquals(0x5b, bus.device(0x50).receiveByte());
    }

    @Test
    void writeProtectAcknowledgesButKeepsTheData() {
        chip.setWriteProtected(true);
        writeAt(0x50, 0x00, 0x11, 0x22);
        assertFalse(chip.busyAt(bus.clock().nanoTime()), "no write cycle starts");
        assertEquals(0xff, memory.get(0));
        assertEquals(0xff, memory.get(1));
    }

    @Test
    void repeatedStartInsteadOfStopDiscardsThePage() {
        bus.transfer(I2cMessage.write(0x50, bytes(0x00, 0x11)), I2cMessage.read(0x50, 1));
        assertEquals(0xff, memory.get(0));
        assertFalse(chip.busyAt(bus.clock().nanoTime()));
    }

    @Test
    void randomReadSetupWithoutDataStartsNoWriteCycle() {
        bus.transfer(I2cMessage.write(0x50, bytes(0x30)));
        assertFalse(chip.busyAt(bus.clock().nanoTime()));
        assertEquals(0x30, chip.pointer());
    }

    @Test
    void smbusI2cBlockWriteLandsLikeAPageWrite() {
        I2cDevice dev = bus.device(0x50);
        dev.writeI2cBlockData(0x20, bytes(1, 2, 3, 4));
        waitWriteCycle();
        assertArrayEquals(bytes(1, 2, 3, 4), dev.readI2cBlockData(0x20, 4));
    }

    @Test
    void twoByteAddressedPartsTakeTheHighByteFirst() {
        ChipMemory big = ChipMemory.inMemory(32768, 0xff);
        EepromChip c256 = new EepromChip(0x54, EepromCatalog.standard().get("24c256"), big, "24C256");
        SimBus b = SimBus.builder().chip(c256).build();
        b.transfer(I2cMessage.write(0x54, bytes(0x12, 0x34, 0xAB)));
        assertEquals(0xAB, big.get(0x1234));
        assertArrayEquals(new int[] {0x54}, c256.addresses());
    }

    @Test
    void baseAddressMustMatchTheBlockSelectBits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EepromChip(0x51, EepromCatalog.standard().get("t24c04a"), ChipMemory.inMemory(512, 0xff), "x"));
        assertTrue(e.getMessage().contains("multiple of 2"), e.getMessage());
    }
}
