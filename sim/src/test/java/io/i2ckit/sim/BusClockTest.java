// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.NoAcknowledgeException;
import io.i2ckit.core.parts.EepromCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire's bit count and bus time, worked out by hand from the I2C framing. */
class BusClockTest {

    private static SimBus busAt(int hz) {
        return SimBus.builder().speed(hz)
                .chip(new EepromChip(0x50, EepromCatalog.standard().get("t24c04a"), ChipMemory.inMemory(512, 0xff), "T24C04A"))
                .build();
    }

    private static I2cMessage pageWrite() {
        byte[] out = new byte[17]; // word address and 16 data bytes
        return I2cMessage.write(0x50, out);
    }

    @Test
    void sixteenBytePageWriteAt100kHzIs164BitsOf10Microseconds() {
        SimBus bus = busAt(100_000);
        bus.transfer(pageWrite());
        // start 1 + device address 9 + word address 9 + 16 data x 9 + stop 1
        BusStats s = bus.stats();
        assertEquals(164, s.bits());
        assertEquals(18, s.bytes());
        assertEquals(1, s.transactions());
        assertEquals(1_640_000, s.busNanos(), "1.64 ms");
    }

    @Test
    void sameWriteAt400kHzTakesAQuarterOfTheTime() {
        SimBus bus = busAt(400_000);
        bus.transfer(pageWrite());
        assertEquals(164, bus.stats().bits());
        assertEquals(410_000, bus.stats().busNanos());
    }

    @Test
    void randomReadCountsTheRepeatedStart() {
        SimBus bus = busAt(100_000);
        bus.device(0x50).readByteData(0x10);
        // S + addr/W + word + Sr + addr/R + data + P = 1 + 9 + 9 + 1 + 9 + 9 + 1
        assertEquals(39, bus.stats().bits());
        assertEquals(4, bus.stats().bytes());
    }

    @Test
    void unansweredAddressCostsStartAddressAndStop() {
        SimBus bus = busAt(100_000);
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x20).quick(false));
        BusStats s = bus.stats();
        assertEquals(11, s.bits());
        assertEquals(1, s.nacks());
        assertEquals(110_000, s.busNanos());
    }

    @Test
    void waitsOfTheHostAddToBusTimeButNotToBits() {
        SimBus bus = busAt(100_000);
        bus.transfer(pageWrite());
        bus.clock().sleep(5_000_000);
        assertEquals(164, bus.stats().bits());
        assertEquals(6_640_000, bus.stats().busNanos());
        assertEquals(5_000_000, bus.simClock().idleNanos());
    }

    @Test
    void sequentialReadOf512BytesIsOneAddressSetupAndAByteEach() {
        SimBus bus = busAt(100_000);
        bus.device(0x50).writeRead(new byte[] {0}, 512);
        // S + addr + word + Sr + addr + 512 bytes + P
        assertEquals(1 + 9 + 9 + 1 + 9 + 512 * 9 + 1, bus.stats().bits());
    }

    @Test
    void aClockFollowingTheWallClockCatchesUpWithARealSleepAndAVirtualOneDoesNot() throws InterruptedException {
        SimClock following = SimClock.followingWallClock();
        SimClock virtual = new SimClock();
        Thread.sleep(20);
        assertTrue(following.nanoTime() >= 20_000_000, "caught up with 20 ms of sleep");
        assertEquals(0, virtual.nanoTime());
        long before = following.nanoTime();
        following.sleep(1_000_000_000);
        assertTrue(following.nanoTime() >= before + 1_000_000_000, "a bus wait still counts");
    }
}
