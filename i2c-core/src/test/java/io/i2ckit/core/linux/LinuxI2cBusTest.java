// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import io.i2ckit.core.BusyException;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.I2cTimeoutException;
import io.i2ckit.core.NoAcknowledgeException;
import io.i2ckit.core.NoSuchBusException;
import io.i2ckit.core.PermissionException;
import io.i2ckit.core.UnsupportedCapabilityException;
import io.i2ckit.core.spi.BusLocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The i2c-dev backend at its libc seam: which ioctls go out with which arguments, and how each
 * errno the kernel can return becomes an exception. The chip side is the kernel's; its behaviour
 * is checked on the kernel bench.
 */
class LinuxI2cBusTest {
    private static final int FD = 7;
    /** What i2c-stub reports: quick, byte, byte data, word data and I2C block, but no plain I2C. */
    private static final long STUB_FUNCS = 0x0c7f_0000L;

    private final LibC libc = mock(LibC.class);
    private final Abi abi = Abi.current();

    private static NativeLong req(int r) {
        return new NativeLong(r, true);
    }

    @BeforeEach
    void kernelWithAnAdapter() {
        when(libc.open(anyString(), anyInt())).thenReturn(FD);
        funcs(0x0fff_8009L); // plain I2C, PEC and every SMBus transaction
    }

    private void funcs(long mask) {
        doAnswer(call -> {
            Memory out = call.getArgument(2);
            assertEquals(abi.longSize(), out.size(), "I2C_FUNCS writes an unsigned long, no more, no less");
            if (abi.longSize() == 8) {
                out.setLong(0, mask);
            } else {
                out.setInt(0, (int) mask);
            }
            return 0;
        }).when(libc).ioctl(eq(FD), eq(req(I2cDevStructs.I2C_FUNCS)), any(Pointer.class));
    }

    private LinuxI2cBus open() {
        return LinuxI2cBus.open(libc, abi, Path.of("/dev/i2c-1"), "i2c-1", "bcm2835 (i2c@7e804000)",
                new BusLocks("i2c-1", null, Duration.ofSeconds(1)));
    }

    private void smbusFails(int errno) {
        when(libc.ioctl(eq(FD), eq(req(I2cDevStructs.I2C_SMBUS)), any(Pointer.class)))
                .thenThrow(new LastErrorException(errno));
    }

    @Test
    void opensReadWriteCloseOnExecAndReadsFunctionalityOnce() {
        LinuxI2cBus bus = open();
        verify(libc).open("/dev/i2c-1", LibC.O_RDWR | LibC.O_CLOEXEC);
        assertTrue(bus.functionality().has(Capability.I2C));
        assertTrue(bus.functionality().has(Capability.I2C_BLOCK_WRITE));
        bus.functionality();
        verify(libc, times(1)).ioctl(eq(FD), eq(req(I2cDevStructs.I2C_FUNCS)), any(Pointer.class));
        bus.close();
        verify(libc).close(FD);
    }

    @Test
    void selectsAnAddressOnceAndAgainOnlyWhenAnotherIsUsed() {
        LinuxI2cBus bus = open();
        I2cDevice a = bus.device(0x50);
        I2cDevice b = bus.device(0x48);
        a.readByteData(0);
        a.readByteData(1);
        b.readByteData(0);
        InOrder order = inOrder(libc);
        order.verify(libc).ioctl(FD, req(I2cDevStructs.I2C_SLAVE), new NativeLong(0x50));
        order.verify(libc).ioctl(FD, req(I2cDevStructs.I2C_SLAVE), new NativeLong(0x48));
        order.verify(libc).ioctl(FD, req(I2cDevStructs.I2C_SLAVE), new NativeLong(0x50));
        order.verify(libc, times(2)).ioctl(eq(FD), eq(req(I2cDevStructs.I2C_SMBUS)), any(Pointer.class));
        order.verify(libc).ioctl(FD, req(I2cDevStructs.I2C_SLAVE), new NativeLong(0x48));
    }

    @Test
    void forceUsesSlaveForce() {
        open().device(0x50, DeviceOptions.DEFAULT.withForce(true));
        verify(libc).ioctl(FD, req(I2cDevStructs.I2C_SLAVE_FORCE), new NativeLong(0x50));
        verify(libc, never()).ioctl(FD, req(I2cDevStructs.I2C_SLAVE), new NativeLong(0x50));
    }

    @Test
    void ebusyOnSelectIsTheBusyError() {
        when(libc.ioctl(FD, req(I2cDevStructs.I2C_SLAVE), new NativeLong(0x50)))
                .thenThrow(new LastErrorException(Errno.EBUSY));
        BusyException e = assertThrows(BusyException.class, () -> open().device(0x50));
        assertEquals(0x50, e.address());
        assertEquals("i2c-1", e.bus());
        assertTrue(e.getMessage().startsWith("select address at 0x50 on i2c-1: the address is in use by a kernel driver"),
                e.getMessage());
    }

    @Test
    void smbusReadPassesTheStructAndReadsTheUnionBack() {
        ArgumentCaptor<Pointer> arg = ArgumentCaptor.forClass(Pointer.class);
        doAnswer(call -> {
            Pointer p = call.getArgument(2);
            I2cDevStructs s = new I2cDevStructs(abi);
            assertEquals(1, p.getByte(s.smbus().offset("read_write")));
            assertEquals((byte) 0x42, p.getByte(s.smbus().offset("command")));
            assertEquals(8, p.getInt(s.smbus().offset("size")), "I2C_SMBUS_I2C_BLOCK_DATA");
            Pointer union = p.getPointer(s.smbus().offset("data"));
            assertEquals(4, union.getByte(0), "block[0] asks for the length");
            union.write(0, new byte[] {4, 9, 8, 7, 6}, 0, 5);
            return 0;
        }).when(libc).ioctl(eq(FD), eq(req(I2cDevStructs.I2C_SMBUS)), arg.capture());
        assertArrayEquals(new byte[] {9, 8, 7, 6}, open().device(0x50).readI2cBlockData(0x42, 4));
    }

    @Test
    void transferBuildsOneMessageArrayWithEachAddressAndCopiesReadsBack() {
        doAnswer(call -> {
            Pointer p = call.getArgument(2);
            I2cDevStructs s = new I2cDevStructs(abi);
            assertEquals(2, p.getInt(s.rdwr().offset("nmsgs")));
            Pointer msgs = p.getPointer(s.rdwr().offset("msgs"));
            int size = s.msg().size();
            assertEquals(0x50, msgs.getShort(s.msg().offset("addr")));
            assertEquals(0, msgs.getShort(s.msg().offset("flags")));
            assertEquals(1, msgs.getShort(s.msg().offset("len")));
            assertEquals((byte) 0x10, msgs.getPointer(s.msg().offset("buf")).getByte(0));
            assertEquals(0x51, msgs.getShort(size + s.msg().offset("addr")));
            assertEquals(I2cMessage.READ, msgs.getShort(size + s.msg().offset("flags")));
            assertEquals(3, msgs.getShort(size + s.msg().offset("len")));
            msgs.getPointer(size + s.msg().offset("buf")).write(0, new byte[] {1, 2, 3}, 0, 3);
            return 2;
        }).when(libc).ioctl(eq(FD), eq(req(I2cDevStructs.I2C_RDWR)), any(Pointer.class));
        I2cMessage read = I2cMessage.read(0x51, 3);
        assertEquals(2, open().transfer(I2cMessage.write(0x50, (byte) 0x10), read));
        assertArrayEquals(new byte[] {1, 2, 3}, read.data());
    }

    @ParameterizedTest(name = "errno {0} becomes {1}")
    @CsvSource({
            "6,   NoAcknowledgeException",
            "121, NoAcknowledgeException",
            "19,  NoAcknowledgeException",
            "16,  BusyException",
            "13,  PermissionException",
            "1,   PermissionException",
            "95,  UnsupportedCapabilityException",
            "110, I2cTimeoutException",
            "5,   I2cIoException",
            "11,  I2cIoException",
            "71,  I2cIoException"})
    void eachErrnoBecomesItsKindCarryingOperationBusAndAddress(int errno, String kind) {
        smbusFails(errno);
        I2cDevice dev = open().device(0x50);
        I2cException e = assertThrows(I2cException.class, () -> dev.readByteData(0));
        assertEquals(kind, e.getClass().getSimpleName());
        assertEquals(errno, e.errno());
        assertEquals("read byte data", e.operation());
        assertEquals("i2c-1", e.bus());
        if (!(e instanceof PermissionException)) {
            assertEquals(0x50, e.address());
        }
    }

    @Test
    void noAcknowledgeMessageSaysWhatToCheck() {
        smbusFails(Errno.EREMOTEIO);
        NoAcknowledgeException e = assertThrows(NoAcknowledgeException.class,
                () -> open().device(0x50).writeByteData(1, 2));
        assertEquals("write byte data at 0x50 on i2c-1: no acknowledge (Remote I/O error): "
                + "is a chip at this address, powered and wired?", e.getMessage());
    }

    @Test
    void otherErrorsKeepTheirStrerrorTextAndAnIoErrorSaysWhatToCheck() {
        smbusFails(Errno.EIO);
        I2cIoException e = assertThrows(I2cIoException.class, () -> open().device(0x50).receiveByte());
        assertEquals("receive byte at 0x50 on i2c-1: Input/output error (errno 5): check the wiring (SDA, SCL, ground),"
                + " the pull-up resistors, a lower bus speed, and that no other master drives the bus", e.getMessage());
        smbusFails(Errno.EPROTO);
        assertTrue(assertThrows(I2cIoException.class, () -> open().device(0x50).receiveByte()).getMessage()
                .endsWith("(errno " + Errno.EPROTO + ")"));
    }

    @Test
    void missingNodeIsNoSuchBus() {
        when(libc.open(anyString(), anyInt())).thenThrow(new LastErrorException(Errno.ENOENT));
        NoSuchBusException e = assertThrows(NoSuchBusException.class, this::open);
        assertTrue(e.getMessage().contains("modprobe i2c-dev"), e.getMessage());
    }

    @Test
    void permissionDeniedNamesTheFixes() {
        when(libc.open(anyString(), anyInt())).thenThrow(new LastErrorException(Errno.EACCES));
        PermissionException e = assertThrows(PermissionException.class, this::open);
        assertTrue(e.getMessage().startsWith("open /dev/i2c-1: Permission denied: run as root, or join the 'i2c' group"),
                e.getMessage());
        assertTrue(e.getMessage().contains("SUBSYSTEM==\"i2c-dev\", GROUP=\"i2c\", MODE=\"0660\""), e.getMessage());
    }

    @Test
    void functionalityFailureClosesTheDescriptor() {
        doAnswer(call -> {
            throw new LastErrorException(Errno.ENOTTY);
        }).when(libc).ioctl(eq(FD), eq(req(I2cDevStructs.I2C_FUNCS)), any(Pointer.class));
        assertThrows(I2cIoException.class, this::open);
        verify(libc).close(FD);
    }

    @Test
    void missingCapabilityIsRefusedBeforeTheIoctlAndNamed() {
        funcs(STUB_FUNCS);
        LinuxI2cBus bus = open();
        UnsupportedCapabilityException e = assertThrows(UnsupportedCapabilityException.class,
                () -> bus.transfer(I2cMessage.read(0x50, 1)));
        assertEquals("transfer on i2c-1: adapter i2c-1 (bcm2835 (i2c@7e804000)) cannot do I2C", e.getMessage());
        verify(libc, never()).ioctl(eq(FD), eq(req(I2cDevStructs.I2C_RDWR)), any(Pointer.class));
        UnsupportedCapabilityException block = assertThrows(UnsupportedCapabilityException.class,
                () -> bus.device(0x50).readBlockData(0));
        assertEquals(Capability.SMBUS_BLOCK_READ, block.missing());
        assertEquals("read block data at 0x50 on i2c-1: adapter i2c-1 (bcm2835 (i2c@7e804000)) cannot do SMBus Block Read",
                block.getMessage());
    }

    @Test
    void transferLimitsAreCheckedBeforeTheIoctl() {
        LinuxI2cBus bus = open();
        assertThrows(IllegalArgumentException.class, () -> bus.transfer());
        I2cMessage[] tooMany = new I2cMessage[43];
        java.util.Arrays.fill(tooMany, I2cMessage.read(0x50, 1));
        assertThrows(IllegalArgumentException.class, () -> bus.transfer(tooMany));
        assertThrows(IllegalArgumentException.class, () -> bus.transfer(I2cMessage.read(0x50, 8193)));
        verify(libc, never()).ioctl(eq(FD), eq(req(I2cDevStructs.I2C_RDWR)), any(Pointer.class));
    }

    @Test
    void pecIsSwitchedOnTheDescriptorOnlyWhenItChanges() {
        LinuxI2cBus bus = open();
        I2cDevice pec = bus.device(0x50, DeviceOptions.DEFAULT.withPec(true));
        pec.readByteData(0);
        pec.readByteData(1);
        bus.device(0x50).readByteData(0);
        verify(libc, times(1)).ioctl(FD, req(I2cDevStructs.I2C_PEC), new NativeLong(1));
        verify(libc, times(1)).ioctl(FD, req(I2cDevStructs.I2C_PEC), new NativeLong(0));
        assertInstanceOf(LinuxI2cBus.class, bus);
    }
}
