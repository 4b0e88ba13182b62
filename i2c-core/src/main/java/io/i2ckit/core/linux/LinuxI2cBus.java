// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import io.i2ckit.core.BusClock;
import io.i2ckit.core.BusyException;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Errno;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.spi.AbstractI2cBus;
import io.i2ckit.core.spi.BusLocks;
import io.i2ckit.core.spi.SmbusData;
import io.i2ckit.core.spi.SmbusSize;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A bus on a Linux {@code /dev/i2c-N} node, driven through the i2c-dev ioctls. One file
 * descriptor serves every address: the selected address, ten-bit mode and PEC flag of the
 * descriptor are tracked and changed only when a transaction needs another value.
 */
public final class LinuxI2cBus extends AbstractI2cBus {
    private final LibC libc;
    private final I2cDevStructs structs;
    private final int fd;
    private final Path device;
    private final Memory union = new Memory(SmbusData.UNION_SIZE);
    private final Memory smbusArgs;
    private int selected = -1;
    private boolean selectedForce;
    private boolean tenBit;
    private boolean pec;

    private LinuxI2cBus(String name, Supplier<String> adapterName, Functionality functionality, BusLocks locks,
                        LibC libc, I2cDevStructs structs, int fd, Path device) {
        super(name, adapterName, functionality, BusClock.SYSTEM, locks);
        this.libc = libc;
        this.structs = structs;
        this.fd = fd;
        this.device = device;
        this.smbusArgs = new Memory(structs.smbus().size());
    }

    /**
     * Opens {@code device} and reads the adapter's functionality.
     *
     * @param name the bus name for messages, such as "i2c-1"
     * @param adapterName the adapter's name from sysfs, or "" when unknown
     */
    public static LinuxI2cBus open(LibC libc, Abi abi, Path device, String name, String adapterName,
                                   BusLocks locks) {
        return open(libc, abi, device, name, () -> adapterName, locks);
    }

    /** The same, the adapter's name read when first asked for. */
    public static LinuxI2cBus open(LibC libc, Abi abi, Path device, String name,
                                   Supplier<String> adapterName, BusLocks locks) {
        int fd;
        try {
            fd = libc.open(device.toString(), LibC.O_RDWR | LibC.O_CLOEXEC);
        } catch (LastErrorException e) {
            throw I2cException.fromErrno("open " + device, null, I2cException.NO_ADDRESS, e.getErrorCode());
        }
        I2cDevStructs structs = I2cDevStructs.of(abi);
        try {
            Memory funcs = new Memory(structs.funcsSize());
            funcs.clear();
            libc.ioctl(fd, request(I2cDevStructs.I2C_FUNCS), funcs);
            long mask = structs.funcs(funcs.getByteArray(0, structs.funcsSize()));
            return new LinuxI2cBus(name, adapterName, new Functionality(mask), locks, libc, structs, fd, device);
        } catch (LastErrorException e) {
            closeQuietly(libc, fd);
            throw I2cException.fromErrno("read functionality of " + device, name, I2cException.NO_ADDRESS,
                    e.getErrorCode());
        } catch (RuntimeException e) {
            closeQuietly(libc, fd);
            throw e;
        }
    }

    @Override
    public String devicePath() {
        return device.toString();
    }

    @Override
    protected void select(int address, DeviceOptions options) {
        selected = -1; // always ask the kernel again: a driver may have bound since
        ensureSelected(address, options, "select address");
    }

    private void ensureSelected(int address, DeviceOptions options, String operation) {
        if (options.tenBit() != tenBit) {
            ioctl(I2cDevStructs.I2C_TENBIT, options.tenBit() ? 1 : 0, operation, address);
            tenBit = options.tenBit();
            selected = -1;
        }
        if (address != selected || options.force() != selectedForce) {
            selected = -1;
            try {
                libc.ioctl(fd, request(options.force() ? I2cDevStructs.I2C_SLAVE_FORCE : I2cDevStructs.I2C_SLAVE),
                        new NativeLong(address));
            } catch (LastErrorException e) {
                if (e.getErrorCode() == Errno.EBUSY) {
                    throw new BusyException(operation, name(), address);
                }
                throw I2cException.fromErrno(operation, name(), address, e.getErrorCode());
            }
            selected = address;
            selectedForce = options.force();
        }
        if (options.pec() != pec) {
            ioctl(I2cDevStructs.I2C_PEC, options.pec() ? 1 : 0, operation, address);
            pec = options.pec();
        }
    }

    @Override
    protected void doSmbus(int address, DeviceOptions options, int readWrite, int command, SmbusSize size,
                           SmbusData data) {
        String operation = size.operation(readWrite);
        ensureSelected(address, options, operation);
        boolean swapWord = structs.abi().byteOrder() == ByteOrder.BIG_ENDIAN
                && (size == SmbusSize.WORD_DATA || size == SmbusSize.PROC_CALL);
        long dataAddress = 0;
        if (data != null) {
            byte[] raw = data.raw();
            if (swapWord) {
                swap(raw);
            }
            union.write(0, raw, 0, raw.length);
            dataAddress = Pointer.nativeValue(union);
        }
        byte[] args = structs.smbusData(readWrite, command, size.code(), dataAddress);
        smbusArgs.write(0, args, 0, args.length);
        try {
            libc.ioctl(fd, request(I2cDevStructs.I2C_SMBUS), smbusArgs);
        } catch (LastErrorException e) {
            throw I2cException.fromErrno(operation, name(), address, e.getErrorCode());
        } finally {
            if (data != null) {
                union.read(0, data.raw(), 0, SmbusData.UNION_SIZE);
                if (swapWord) {
                    swap(data.raw());
                }
            }
        }
    }

    @Override
    protected int doTransfer(I2cMessage[] messages) {
        int msgSize = structs.msg().size();
        Memory array = new Memory((long) msgSize * messages.length);
        Memory[] buffers = new Memory[messages.length];
        ByteBuffer encoded = ByteBuffer.allocate(msgSize * messages.length);
        for (int i = 0; i < messages.length; i++) {
            I2cMessage m = messages[i];
            buffers[i] = new Memory(Math.max(1, m.length())); // JNA cannot allocate 0 bytes; len stays 0
            buffers[i].clear();
            if (!m.isRead() || m.has(I2cMessage.RECV_LEN)) {
                buffers[i].write(0, m.buffer(), 0, m.length());
            }
            structs.putMsg(encoded, i * msgSize, m.address(), m.flags(), m.length(), Pointer.nativeValue(buffers[i]));
        }
        array.write(0, encoded.array(), 0, encoded.capacity());
        byte[] args = structs.rdwrData(Pointer.nativeValue(array), messages.length);
        Memory argsMemory = new Memory(args.length);
        argsMemory.write(0, args, 0, args.length);
        int sent;
        try {
            sent = libc.ioctl(fd, request(I2cDevStructs.I2C_RDWR), argsMemory);
        } catch (LastErrorException e) {
            throw I2cException.fromErrno("transfer", name(), messages[0].address(), e.getErrorCode());
        }
        for (int i = 0; i < messages.length; i++) {
            if (messages[i].isRead() && messages[i].length() > 0) {
                buffers[i].read(0, messages[i].buffer(), 0, messages[i].length());
            }
        }
        return sent;
    }

    @Override
    protected void doClose() {
        try {
            libc.close(fd);
        } catch (LastErrorException e) {
            throw I2cException.fromErrno("close", name(), I2cException.NO_ADDRESS, e.getErrorCode());
        }
    }

    private void ioctl(int request, long argument, String operation, int address) {
        try {
            libc.ioctl(fd, request(request), new NativeLong(argument));
        } catch (LastErrorException e) {
            throw I2cException.fromErrno(operation, name(), address, e.getErrorCode());
        }
    }

    private static NativeLong request(int request) {
        return new NativeLong(request, true);
    }

    private static void swap(byte[] raw) {
        byte b = raw[0];
        raw[0] = raw[1];
        raw[1] = b;
    }

    private static void closeQuietly(LibC libc, int fd) {
        try {
            libc.close(fd);
        } catch (LastErrorException ignored) {
            // already failing: the first error is the one to report
        }
    }
}
