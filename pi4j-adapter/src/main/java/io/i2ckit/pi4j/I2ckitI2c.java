// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.pi4j;

import com.pi4j.io.exception.IOException;
import com.pi4j.io.exception.IOReadException;
import com.pi4j.io.i2c.I2CBase;
import com.pi4j.io.i2c.I2CConfig;
import io.i2ckit.core.BusLock;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A Pi4J I2C device on an i2ckit bus. Register reads are one transfer, the register written and
 * the data read back after a repeated start (Pi4J's own default makes two transactions of it);
 * {@link #execute} holds i2ckit's bus lock, which other i2ckit processes honour too. Failures
 * are Pi4J's {@link IOReadException} or {@link IOException} with i2ckit's message, which names
 * the bus, the address and what is missing.
 */
final class I2ckitI2c extends I2CBase<I2ckitI2c.Lock> {
    private final I2ckitI2cProvider owner;
    private final I2cDevice device;

    I2ckitI2c(I2ckitI2cProvider provider, I2CConfig config, I2cBus bus) {
        super(provider, config, new Lock(bus));
        this.owner = provider;
        this.device = read(() -> bus.device(config.device()));
    }

    /** Pi4J's bus lock, as i2ckit's. */
    static final class Lock implements com.pi4j.io.i2c.I2CBus {
        private final I2cBus bus;

        Lock(I2cBus bus) {
            this.bus = bus;
        }

        @Override
        public <R> R execute(com.pi4j.io.i2c.I2C i2c, Callable<R> action) {
            try (BusLock held = bus.lock()) {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("I2C action on " + bus.name() + " failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        if (isOpen()) {
            super.close();
            owner.released(bus());
        }
    }

    @Override
    public int read() {
        return read(() -> SameWire.read(device, 1)[0] & 0xff);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        byte[] data = read(() -> SameWire.read(device, length));
        System.arraycopy(data, 0, buffer, offset, length);
        return length;
    }

    @Override
    public int write(byte b) {
        return write(new byte[] {b}, 0, 1);
    }

    @Override
    public int write(byte[] data, int offset, int length) {
        byte[] out = java.util.Arrays.copyOfRange(data, offset, offset + length);
        write(() -> SameWire.write(device, out));
        return length;
    }

    @Override
    public int writeRead(byte[] writeBuffer, int writeSize, int writeOffset, byte[] readBuffer, int readSize,
                         int readOffset) {
        byte[] out = java.util.Arrays.copyOfRange(writeBuffer, writeOffset, writeOffset + writeSize);
        byte[] in = read(() -> SameWire.writeRead(device, out, readSize));
        System.arraycopy(in, 0, readBuffer, readOffset, readSize);
        return readSize;
    }

    @Override
    public int readRegister(int register) {
        return read(() -> SameWire.writeRead(device, new byte[] {(byte) register}, 1)[0] & 0xff);
    }

    @Override
    public int readRegister(byte[] register, byte[] buffer, int offset, int length) {
        return writeRead(register, register.length, 0, buffer, length, offset);
    }

    @Override
    public int readRegister(int register, byte[] buffer, int offset, int length) {
        return writeRead(new byte[] {(byte) register}, 1, 0, buffer, length, offset);
    }

    @Override
    public int writeRegister(int register, byte b) {
        write(new byte[] {(byte) register, b}, 0, 2);
        return 1;
    }

    @Override
    public int writeRegister(int register, byte[] data, int offset, int length) {
        return writeRegister(new byte[] {(byte) register}, data, offset, length);
    }

    @Override
    public int writeRegister(byte[] register, byte[] data, int offset, int length) {
        byte[] out = new byte[register.length + length];
        System.arraycopy(register, 0, out, 0, register.length);
        System.arraycopy(data, offset, out, register.length, length);
        write(() -> SameWire.write(device, out));
        return length;
    }

    private static <T> T read(Supplier<T> action) {
        try {
            return action.get();
        } catch (I2cException e) {
            IOReadException failure = new IOReadException(e.getMessage());
            failure.initCause(e); // Pi4jBus gives i2ckit's kind of failure back to i2ckit's drivers
            throw failure;
        }
    }

    private static void write(Runnable action) {
        try {
            action.run();
        } catch (I2cException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
