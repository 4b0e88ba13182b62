// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.UnsupportedCapabilityException;
import io.i2ckit.core.kernel.KernelBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Our i2c_rdwr_ioctl_data and i2c_msg as the kernel reads them. i2c-stub has no plain I2C, so
 * these go past our own capability check (doTransfer is the backend's ioctl): i2c-dev copies and
 * checks the message array, each length, flag and buffer before it finds that the adapter cannot
 * transfer. A correct encoding therefore ends in EOPNOTSUPP, and each deliberately bad field in
 * the EINVAL the kernel reserves for it; a misplaced field would give EFAULT or the wrong answer.
 */
@Tag("kernel")
class I2cRdwrKernelTest {
    private LinuxI2cBus bus;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    @BeforeEach
    void open() {
        KernelBench.reloadStub("0x50,0x51", null);
        bus = (LinuxI2cBus) I2cBuses.open(Integer.toString(KernelBench.stubBus()));
    }

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void wellFormedMessagesReachTheAdapterWhichCannotTransfer() {
        I2cMessage[] messages = {I2cMessage.write(0x50, (byte) 0x00, (byte) 0x01), I2cMessage.read(0x51, 8),
                I2cMessage.readBlock(0x50), I2cMessage.write(0x50)};
        UnsupportedCapabilityException e = assertThrows(UnsupportedCapabilityException.class,
                () -> bus.doTransfer(messages));
        assertEquals(Errno.EOPNOTSUPP, e.errno());
        assertNull(e.missing(), "the kernel refused, not our capability check");
    }

    @Test
    void lengthOverTheKernelsLimitIsSeenAsSuch() {
        assertEquals(Errno.EINVAL, errnoOf(I2cMessage.read(0x50, 4), I2cMessage.read(0x50, 8193)));
    }

    @Test
    void blockReadFlagAndItsCountByteAreSeenAsSuch() {
        // RECV_LEN with buf[0] = 0: the kernel wants the count of extra bytes there, at least 1
        assertEquals(Errno.EINVAL, errnoOf(I2cMessage.of(0x50, I2cMessage.READ | I2cMessage.RECV_LEN, new byte[34])));
        // RECV_LEN with room for fewer than buf[0] + 32 bytes
        byte[] small = new byte[20];
        small[0] = 1;
        assertEquals(Errno.EINVAL, errnoOf(I2cMessage.of(0x50, I2cMessage.READ | I2cMessage.RECV_LEN, small)));
    }

    @Test
    void messageCountIsSeenAsSuch() {
        I2cMessage[] many = new I2cMessage[43];
        java.util.Arrays.fill(many, I2cMessage.read(0x50, 1));
        assertEquals(Errno.EINVAL, errnoOf(many));
    }

    private int errnoOf(I2cMessage... messages) {
        return assertThrows(I2cException.class, () -> bus.doTransfer(messages)).errno();
    }
}
