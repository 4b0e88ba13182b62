// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import io.i2ckit.core.BusClock;
import io.i2ckit.core.BusLock;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.Errno;
import io.i2ckit.core.UnsupportedCapabilityException;

import java.util.function.Supplier;

/**
 * What every bus does the same way, whatever carries its bytes: argument and capability checks
 * before anything reaches the wire, the bus lock around each transaction, and the SMBus device
 * handles. A backend supplies address selection, the SMBus ioctl, the I2C_RDWR ioctl and close.
 */
public abstract class AbstractI2cBus implements I2cBus {
    private final String name;
    private final Supplier<String> adapterNameSource;
    private volatile String adapterName; // read through adapterName(): asked for once
    private final Functionality functionality;
    private final BusClock clock;
    private final BusLocks locks;
    private volatile boolean closed;

    protected AbstractI2cBus(String name, String adapterName, Functionality functionality, BusClock clock,
                             BusLocks locks) {
        this(name, () -> adapterName, functionality, clock, locks);
    }

    /**
     * @param adapterName asked the first time the name is wanted (a message, a listing), not on
     *                    open: for a kernel adapter that is a sysfs read a plain get or set need not pay
     */
    protected AbstractI2cBus(String name, Supplier<String> adapterName, Functionality functionality,
                             BusClock clock, BusLocks locks) {
        this.name = name;
        this.adapterNameSource = adapterName;
        this.functionality = functionality;
        this.clock = clock;
        this.locks = locks;
    }

    /** Selects the address the next SMBus transaction goes to; throws BusyException on EBUSY. */
    protected abstract void select(int address, DeviceOptions options);

    /** Runs one SMBus transaction, the address already checked; fills {@code data} on reads. */
    protected abstract void doSmbus(int address, DeviceOptions options, int readWrite, int command,
                                    SmbusSize size, SmbusData data);

    /** Runs one combined transfer, the messages already checked. */
    protected abstract int doTransfer(I2cMessage[] messages);

    protected abstract void doClose();

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String adapterName() {
        String a = adapterName;
        if (a == null) {
            a = adapterNameSource.get();
            adapterName = a;
        }
        return a;
    }

    @Override
    public final Functionality functionality() {
        return functionality;
    }

    @Override
    public final BusClock clock() {
        return clock;
    }

    @Override
    public final BusLock lock() {
        ensureOpen();
        return locks.acquire();
    }

    @Override
    public final I2cDevice device(int address, DeviceOptions options) {
        checkAddress(address, options.tenBit());
        if (options.tenBit()) {
            require(Capability.TEN_BIT_ADDRESSING, "select address", address);
        }
        try (BusLock ignored = lock()) {
            select(address, options);
        }
        return new SmbusDevice(this, address, options);
    }

    /**
     * Runs one SMBus transaction for a device of this bus.
     *
     * @param readWrite {@link SmbusSize#READ} or {@link SmbusSize#WRITE}
     */
    public final void smbus(int address, DeviceOptions options, int readWrite, int command, SmbusSize size,
                            SmbusData data) {
        require(size.capability(readWrite), size.operation(readWrite), address);
        try (BusLock ignored = lock()) {
            doSmbus(address, options, readWrite, command, size, data);
        }
    }

    /**
     * Whether PEC takes effect on this adapter: where it has SMBus PEC, or plain I2C on which the
     * kernel computes PEC itself. Elsewhere the kernel ignores the request, so callers that care
     * warn, as i2c-tools does.
     */
    public static boolean pecEffective(Functionality functionality) {
        return functionality.has(Capability.SMBUS_PEC) || functionality.has(Capability.I2C);
    }

    @Override
    public final int transfer(I2cMessage... messages) {
        if (messages.length == 0 || messages.length > I2cMessage.MAX_MESSAGES) {
            throw new IllegalArgumentException("a transfer takes 1 to " + I2cMessage.MAX_MESSAGES
                    + " messages, not " + messages.length);
        }
        require(Capability.I2C, "transfer", I2cException.NO_ADDRESS);
        for (I2cMessage m : messages) {
            if (m.length() > I2cMessage.MAX_LENGTH) {
                throw new IllegalArgumentException("message " + m + " is longer than the kernel's limit of "
                        + I2cMessage.MAX_LENGTH + " bytes");
            }
            if (m.has(I2cMessage.TEN_BIT)) {
                require(Capability.TEN_BIT_ADDRESSING, "transfer", m.address());
            }
            if (m.has(I2cMessage.NO_START)) {
                require(Capability.NO_START, "transfer", m.address());
            }
            if ((m.flags() & (I2cMessage.IGNORE_NAK | I2cMessage.NO_READ_ACK | I2cMessage.REVERSE_DIRECTION)) != 0) {
                require(Capability.PROTOCOL_MANGLING, "transfer", m.address());
            }
        }
        try (BusLock ignored = lock()) {
            return doTransfer(messages);
        }
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            try {
                doClose();
            } finally {
                locks.close();
            }
        }
    }

    protected final void ensureOpen() {
        if (closed) {
            throw new I2cIoException("use bus", name, I2cException.NO_ADDRESS, Errno.EBADF, "the bus is closed");
        }
    }

    protected final void require(Capability capability, String operation, int address) {
        if (!functionality.has(capability)) {
            throw new UnsupportedCapabilityException(operation, name, address, adapterName(), capability);
        }
    }

    private static void checkAddress(int address, boolean tenBit) {
        int max = tenBit ? 0x3ff : 0x7f;
        if (address < 0 || address > max) {
            throw new IllegalArgumentException(String.format("address 0x%x out of range 0x00-0x%02x", address, max));
        }
    }

    @Override
    public String toString() {
        return name + " (" + adapterName() + ")";
    }
}
