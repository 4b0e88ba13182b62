// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.NoAcknowledgeException;
import io.i2ckit.core.parts.EepromCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest {
    private final ChipMemory memory = ChipMemory.inMemory(512, 0xff);

    private SimBus busWith(FaultPlan plan) {
        return SimBus.builder().faults(plan)
                .chip(new EepromChip(0x50, EepromCatalog.standard().get("t24c04a"), memory, "T24C04A")).build();
    }

    private static I2cMessage pageWrite(int offset, int fill) {
        byte[] out = new byte[17];
        out[0] = (byte) offset;
        java.util.Arrays.fill(out, 1, 17, (byte) fill);
        return I2cMessage.write(0x50, out);
    }

    @Test
    void nackMidPageFailsTheTransferAndTheStopCommitsWhatWasLatched() {
        // transaction 1, byte 0 is the address, byte 1 the word address: byte 6 is the fifth data byte
        SimBus bus = busWith(FaultPlan.seeded(1).nack(1, 6));
        NoAcknowledgeException e = assertThrows(NoAcknowledgeException.class, () -> bus.transfer(pageWrite(0, 0x42)));
        assertEquals(Errno.EREMOTEIO, e.errno());
        for (int i = 0; i < 4; i++) {
            assertEquals(0x42, memory.get(i), "latched byte " + i);
        }
        for (int i = 4; i < 16; i++) {
            assertEquals(0xff, memory.get(i), "byte " + i + " never sent");
        }
    }

    @Test
    void eioHitsOnlyTheNamedTransaction() {
        SimBus bus = busWith(FaultPlan.seeded(1).eio(2));
        bus.device(0x50).quick(false);
        I2cIoException e = assertThrows(I2cIoException.class, () -> bus.device(0x50).quick(false));
        assertEquals(Errno.EIO, e.errno());
        bus.device(0x50).quick(false);
        assertEquals(3, bus.stats().transactions());
    }

    @Test
    void powerCutInsideAPageWriteLosesThatPage() {
        SimBus bus = busWith(FaultPlan.seeded(7).powerCutAfterBytes(10));
        assertThrows(NoAcknowledgeException.class, () -> bus.transfer(pageWrite(0, 0x42)));
        for (int i = 0; i < 16; i++) {
            assertEquals(0xff, memory.get(i), "a page never stopped is never programmed");
        }
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x50).quick(false), "the power stays off");
        SimBus restored = SimBus.builder().chip(new EepromChip(0x50, EepromCatalog.standard().get("t24c04a"), memory, "T24C04A")).build();
        restored.device(0x50).quick(false);
    }

    @Test
    void powerCutDuringTheWriteCycleLeavesASeededMixOfNewOldAndErased() {
        memory.load(filled(0x11));
        int[] first = cutDuringWriteCycle(1234);
        memory.load(filled(0x11));
        int[] again = cutDuringWriteCycle(1234);
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(again), "same seed, same damage");
        boolean sawNew = false;
        boolean sawOld = false;
        boolean sawErased = false;
        for (int v : first) {
            sawNew |= v == 0x42;
            sawOld |= v == 0x11;
            sawErased |= v == 0xff;
            assertTrue(v == 0x42 || v == 0x11 || v == 0xff, "unexpected value " + v);
        }
        assertTrue(sawNew && sawOld && sawErased, java.util.Arrays.toString(first));
    }

    private int[] cutDuringWriteCycle(long seed) {
        // the page write is 18 bytes on the wire; the poll that follows is cut before its address
        SimBus bus = busWith(FaultPlan.seeded(seed).powerCutAfterBytes(18));
        bus.transfer(pageWrite(0x20, 0x42));
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x50).quick(false));
        int[] page = new int[16];
        for (int i = 0; i < 16; i++) {
            page[i] = memory.get(0x20 + i);
        }
        return page;
    }

    private static byte[] filled(int value) {
        byte[] b = new byte[512];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    @Test
    void chipCanStopAnsweringFromAGivenTransaction() {
        SimBus bus = busWith(FaultPlan.seeded(1).stuckBusy(0x50, 3));
        bus.device(0x50).quick(false);
        bus.device(0x50).quick(false);
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x50).quick(false));
        bus.clock().sleep(1_000_000_000);
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x50).quick(false));
    }

    @Test
    void stuckChipNeverAnswers() {
        SimBus bus = busWith(FaultPlan.seeded(1).stuckBusy(0x50));
        bus.clock().sleep(1_000_000_000);
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x50).readByteData(0));
    }

    @Test
    void textFormRoundTrips() {
        FaultPlan plan = FaultPlan.seeded(42).nack(3, 5).eio(7).powerCutAfterBytes(100).stuckBusy(0x51)
                .stuckBusy(0x48, 9);
        String text = plan.format();
        assertEquals(text, FaultPlan.parse(text).format());
        assertEquals("seed 42\nnack transaction=3 byte=5\neio transaction=7\npower-cut after-bytes=100\n"
                + "stuck-busy address=0x51\nstuck-busy address=0x48 from=9\n", text);
    }

    @Test
    void badFaultTextNamesTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaultPlan.parse("nack transaction=x byte=1"));
        assertTrue(e.getMessage().contains("transaction=x is not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("explode"));
        assertTrue(e.getMessage().contains("unknown fault 'explode'"), e.getMessage());
    }
}
