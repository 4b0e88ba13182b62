// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero;

import com.diozero.api.I2CDevice;
import com.diozero.api.I2CDeviceInterface;
import com.diozero.api.RuntimeIOException;
import com.diozero.sbc.DeviceFactoryHelper;
import io.i2ckit.core.BusClock;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Errno;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.UnsupportedCapabilityException;
import io.i2ckit.core.spi.AbstractI2cBus;
import io.i2ckit.core.spi.BusLocks;
import io.i2ckit.core.spi.SmbusData;
import io.i2ckit.core.spi.SmbusSize;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * An i2ckit bus over diozero I2C devices a program already holds, so i2ckit's drivers (the
 * EEPROM driver, the fan programmer) work inside a diozero program. Addresses the program does
 * not hold (a 24C04's second block address) are opened through diozero's device factory on the
 * same controller, and closed with this bus; the held devices stay the program's.
 *
 * <p>What the adapter can do is what diozero's factory reports for the controller; a factory
 * that reports nothing is taken as a plain I2C adapter, and diozero says so when a call fails.
 * A combined transfer reaches one address only, since a diozero device transfers to its own.
 */
public final class DiozeroBus extends AbstractI2cBus {
    private final int controller;
    private final Map<Integer, I2CDeviceInterface> held = new HashMap<>();
    private final Map<Integer, I2CDevice> opened = new HashMap<>();

    private DiozeroBus(int controller, Functionality functionality) {
        super("diozero-" + controller, "diozero I2C controller " + controller, functionality, BusClock.SYSTEM,
                new BusLocks("diozero-" + controller, null, Duration.ofSeconds(10)));
        this.controller = controller;
    }

    /** A bus of the controller {@code devices} are on; they must all be on one. */
    public static DiozeroBus wrap(I2CDevice... devices) {
        if (devices.length == 0) {
            throw new IllegalArgumentException("wrap at least one diozero I2CDevice");
        }
        int controller = devices[0].getController();
        int mask = 0;
        try {
            mask = DeviceFactoryHelper.getNativeDeviceFactory().getI2CFunctionalities(controller);
        } catch (RuntimeException notReported) {
            // left at 0: taken as plain I2C below
        }
        Functionality f = mask != 0 ? new Functionality(mask & 0xffffffffL)
                : new Functionality(Capability.I2C.bit() | Functionality.SMBUS_EMUL);
        DiozeroBus bus = new DiozeroBus(controller, f);
        for (I2CDevice d : devices) {
            if (d.getController() != controller) {
                throw new IllegalArgumentException("diozero devices on controllers " + controller + " and "
                        + d.getController() + " are not one bus");
            }
            bus.held.put(d.getAddress(), d);
        }
        return bus;
    }

    private synchronized I2CDeviceInterface at(int address) {
        I2CDeviceInterface d = held.get(address);
        if (d == null) {
            d = opened.computeIfAbsent(address, a -> diozero("open", a,
                    () -> I2CDevice.builder(a).setController(controller).build()));
        }
        return d;
    }

    @Override
    protected void select(int address, DeviceOptions options) {
        if (options.pec()) {
            throw new UnsupportedCapabilityException("select address", name(), address, adapterName(), Capability.SMBUS_PEC);
        }
        at(address);
    }

    @Override
    protected void doSmbus(int address, DeviceOptions options, int readWrite, int command, SmbusSize size,
                           SmbusData data) {
        I2CDeviceInterface d = at(address);
        boolean read = readWrite == SmbusSize.READ;
        String operation = size.operation(readWrite);
        diozero(operation, address, () -> {
            switch (size) {
                case QUICK -> d.writeQuick((byte) readWrite);
                case BYTE -> {
                    if (read) {
                        data.setByte(d.readByte() & 0xff);
                    } else {
                        d.writeByte((byte) command);
                    }
                }
                case BYTE_DATA -> {
                    if (read) {
                        data.setByte(d.readByteData(command) & 0xff);
                    } else {
                        d.writeByteData(command, (byte) data.byteValue());
                    }
                }
                case WORD_DATA -> {
                    if (read) {
                        data.setWord(d.readWordData(command) & 0xffff);
                    } else {
                        d.writeWordData(command, (short) data.word());
                    }
                }
                case PROC_CALL -> data.setWord(d.processCall(command, (short) data.word()) & 0xffff);
                case BLOCK_DATA -> {
                    if (read) {
                        data.setBlock(d.readBlockData(command));
                    } else {
                        d.writeBlockData(command, data.block());
                    }
                }
                case BLOCK_PROC_CALL -> data.setBlock(d.blockProcessCall(command, data.block()));
                case I2C_BLOCK_DATA -> {
                    if (read) {
                        byte[] buffer = new byte[data.blockLength()];
                        int n = d.readI2CBlockData(command, buffer);
                        data.setBlock(java.util.Arrays.copyOf(buffer, n));
                    } else {
                        d.writeI2CBlockData(command, data.block());
                    }
                }
                default -> throw new UnsupportedCapabilityException(operation, name(), address, adapterName(), null);
            }
            return null;
        });
    }

    @Override
    protected int doTransfer(I2cMessage[] messages) {
        int address = messages[0].address();
        int total = 0;
        I2CDeviceInterface.I2CMessage[] out = new I2CDeviceInterface.I2CMessage[messages.length];
        for (int i = 0; i < messages.length; i++) {
            if (messages[i].address() != address) {
                throw new I2cIoException("transfer", name(), messages[i].address(), Errno.EOPNOTSUPP, String.format(
                        "a diozero device transfers to its own address only, and this transfer goes to 0x%02x and 0x%02x",
                        address, messages[i].address()));
            }
            out[i] = new I2CDeviceInterface.I2CMessage(messages[i].flags() & ~I2cMessage.TEN_BIT, messages[i].length());
            total += messages[i].length();
        }
        byte[] buffer = new byte[total];
        int at = 0;
        for (I2cMessage m : messages) {
            if (!m.has(I2cMessage.READ)) {
                System.arraycopy(m.buffer(), 0, buffer, at, m.length());
            }
            at += m.length();
        }
        I2CDeviceInterface d = at(address);
        diozero("transfer", address, () -> {
            d.readWrite(out, buffer);
            return null;
        });
        at = 0;
        for (I2cMessage m : messages) {
            if (m.has(I2cMessage.READ)) {
                System.arraycopy(buffer, at, m.buffer(), 0, m.length());
            }
            at += m.length();
        }
        return messages.length;
    }

    @Override
    protected synchronized void doClose() {
        opened.values().forEach(I2CDevice::close);
        opened.clear();
    }

    private interface Call<T> {
        T run();
    }

    /** diozero's failures as i2ckit's, by errno where diozero gives one. */
    private <T> T diozero(String operation, int address, Call<T> call) {
        try {
            return call.run();
        } catch (RuntimeIOException e) {
            int errno = e.getError() > 0 ? e.getError() : Errno.EIO;
            I2cException typed = I2cException.fromErrno(operation, name(), address, errno);
            // a kind of its own (no acknowledge, busy...) says it best; otherwise keep diozero's words
            throw typed.getClass() != I2cIoException.class ? typed
                    : new I2cIoException(operation, name(), address, errno, "diozero: " + e.getMessage());
        }
    }
}
