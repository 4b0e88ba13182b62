// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.UnsupportedCapabilityException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SMBus transactions reach the register chip as the bytes the SMBus specification puts on the wire. */
class SmbusEmulationTest {
    private final ChipMemory regs = ChipMemory.inMemory(256, 0);
    private final SimBus bus = SimBus.builder().chip(new RegisterChip(0x48, regs, "test")).build();
    private final I2cDevice dev = bus.device(0x48);

    @Test
    void byteDataWritesTheRegisterTheCommandNames() {
        dev.writeByteData(0x10, 0xAB);
        assertEquals(0xAB, regs.get(0x10));
        assertEquals(0xAB, dev.readByteData(0x10));
    }

    @Test
    void wordsGoLowByteFirst() {
        dev.writeWordData(0x20, 0x1234);
        assertEquals(0x34, regs.get(0x20));
        assertEquals(0x12, regs.get(0x21));
        assertEquals(0x1234, dev.readWordData(0x20));
    }

    @Test
    void sendByteSetsThePointerAndReceiveByteReadsOnFromIt() {
        regs.set(0x30, 7);
        regs.set(0x31, 8);
        dev.sendByte(0x30);
        assertEquals(7, dev.receiveByte());
        assertEquals(8, dev.receiveByte());
    }

    @Test
    void i2cBlockTransfersHaveNoCountByte() {
        dev.writeI2cBlockData(0x40, new byte[] {1, 2, 3});
        assertEquals(1, regs.get(0x40));
        assertEquals(3, regs.get(0x42));
        assertArrayEquals(new byte[] {1, 2, 3}, dev.readI2cBlockData(0x40, 3));
    }

    @Test
    void smbusBlockWriteSendsTheCountFirst() {
        dev.writeBlockData(0x50, new byte[] {9, 8});
        assertEquals(2, regs.get(0x50));
        assertEquals(9, regs.get(0x51));
        assertEquals(8, regs.get(0x52));
    }

    @Test
    void smbusBlockReadTakesTheLengthFromTheChip() {
        regs.set(0x60, 3);
        regs.set(0x61, 0xA);
        regs.set(0x62, 0xB);
        regs.set(0x63, 0xC);
        SimBus i801 = SimBus.builder().functionality(FunctionalityPresets.get("i801"))
                .chip(new RegisterChip(0x48, regs, "test")).build();
        assertArrayEquals(new byte[] {0xA, 0xB, 0xC}, i801.device(0x48).readBlockData(0x60));
    }

    @Test
    void blockLengthOutsideOneTo32IsAProtocolError() {
        regs.set(0x60, 40);
        SimBus i801 = SimBus.builder().functionality(FunctionalityPresets.get("i801"))
                .chip(new RegisterChip(0x48, regs, "test")).build();
        I2cIoException e = assertThrows(I2cIoException.class, () -> i801.device(0x48).readBlockData(0x60));
        assertEquals(Errno.EPROTO, e.errno());
    }

    @Test
    void processCallWritesAWordAndReadsTheNextTwoRegisters() {
        regs.set(0x12, 0x78);
        regs.set(0x13, 0x56);
        assertEquals(0x5678, dev.processCall(0x10, 0xBEEF));
        assertEquals(0xEF, regs.get(0x10));
        assertEquals(0xBE, regs.get(0x11));
    }

    @Test
    void pecOnAChipWithoutPecFailsTheCheck() {
        I2cDevice pec = bus.device(0x48, DeviceOptions.DEFAULT.withPec(true));
        I2cIoException e = assertThrows(I2cIoException.class, () -> pec.readByteData(0));
        assertEquals(Errno.EBADMSG, e.errno());
    }

    @Test
    void pecWriteAppendsTheCrcWhichTheChipStoresAsData() {
        bus.device(0x48, DeviceOptions.DEFAULT.withPec(true)).writeByteData(0x70, 0x01);
        // CRC-8 (x^8+x^2+x+1) over 0x90 (0x48 << 1), 0x70, 0x01
        int crc = Pec.update(Pec.update(Pec.update(0, 0x90), 0x70), 0x01);
        assertEquals(crc, regs.get(0x71));
    }

    @Test
    void pecIsIgnoredWhereTheAdapterHasNeitherPecNorPlainI2cAsTheKernelDoes() {
        SimBus stub = SimBus.builder().functionality(FunctionalityPresets.get("i2c-stub"))
                .chip(new RegisterChip(0x48, regs, "test")).build();
        regs.set(0, 0x5a);
        assertEquals(0x5a, stub.device(0x48, DeviceOptions.DEFAULT.withPec(true)).readByteData(0));
        assertEquals(39, stub.stats().bits(), "no PEC byte on the wire");
    }

    @Test
    void smbusOnlyAdapterRefusesPlainI2cByName() {
        SimBus stub = SimBus.builder().functionality(FunctionalityPresets.get("i2c-stub"))
                .chip(new RegisterChip(0x48, regs, "test")).build();
        UnsupportedCapabilityException e = assertThrows(UnsupportedCapabilityException.class,
                () -> stub.transfer(I2cMessage.read(0x48, 1)));
        assertEquals(Capability.I2C, e.missing());
        assertEquals("transfer on sim: adapter sim (i2ckit simulated adapter) cannot do I2C", e.getMessage());
        assertEquals(0, stub.stats().transactions(), "refused before reaching the wire");
        stub.device(0x48).writeByteData(1, 2); // while SMBus still works
        assertEquals(2, regs.get(1));
    }

    @Test
    void omapAdapterCannotSendQuickCommands() {
        SimBus omap = SimBus.builder().functionality(FunctionalityPresets.get("omap"))
                .chip(new RegisterChip(0x48, regs, "test")).build();
        UnsupportedCapabilityException e = assertThrows(UnsupportedCapabilityException.class,
                () -> omap.device(0x48).quick(false));
        assertEquals(Capability.SMBUS_QUICK, e.missing());
    }

    @Test
    void argumentsOutOfRangeAreRefusedBeforeTheWire() {
        assertThrows(IllegalArgumentException.class, () -> dev.writeByteData(0x100, 0));
        assertThrows(IllegalArgumentException.class, () -> dev.writeByteData(0, 0x100));
        assertThrows(IllegalArgumentException.class, () -> dev.writeWordData(0, 0x10000));
        assertThrows(IllegalArgumentException.class, () -> dev.writeI2cBlockData(0, new byte[33]));
        assertThrows(IllegalArgumentException.class, () -> dev.readI2cBlockData(0, 0));
        assertEquals(0, bus.stats().transactions());
    }
}
