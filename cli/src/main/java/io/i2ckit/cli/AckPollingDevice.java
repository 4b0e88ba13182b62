// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.Retry;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A device of a batch's {@link SharedBus}: while the chip may be in a write cycle (the batch wrote
 * to it), a transaction it does not acknowledge is retried up to a deadline, ACK polling as at24
 * does; an SMBus transaction the chip does not acknowledge sent nothing past its address, so a
 * retry repeats nothing. Every write is recorded with the bus. A chip the batch never wrote to is
 * not polled: its silence is an answer.
 */
final class AckPollingDevice implements I2cDevice {
    private final I2cDevice device;
    private final SharedBus bus;
    private final Duration timeout;

    AckPollingDevice(I2cDevice device, SharedBus bus, Duration timeout) {
        this.device = device;
        this.bus = bus;
        this.timeout = timeout;
    }

    private <T> T poll(Supplier<T> op) {
        if (!bus.mayBeBusy(device.address())) {
            return op.get();
        }
        return Retry.withDeadline(bus.clock(), timeout, Duration.ZERO, Retry.NO_ACKNOWLEDGE, op);
    }

    private void poll(Runnable op) {
        poll(() -> {
            op.run();
            return null;
        });
    }

    /** A transaction that writes: polled like any other, then remembered as a write. */
    private <T> T write(Supplier<T> op) {
        try {
            return poll(op);
        } finally {
            bus.wrote(device.address());
        }
    }

    private void write(Runnable op) {
        write(() -> {
            op.run();
            return null;
        });
    }

    @Override
    public I2cBus bus() {
        return bus;
    }

    @Override
    public int address() {
        return device.address();
    }

    @Override
    public DeviceOptions options() {
        return device.options();
    }

    @Override
    public void quick(boolean read) {
        poll(() -> device.quick(read)); // no data: starts no write cycle
    }

    @Override
    public int receiveByte() {
        return poll(device::receiveByte);
    }

    @Override
    public void sendByte(int value) {
        write(() -> device.sendByte(value));
    }

    @Override
    public int readByteData(int command) {
        return poll(() -> device.readByteData(command));
    }

    @Override
    public void writeByteData(int command, int value) {
        write(() -> device.writeByteData(command, value));
    }

    @Override
    public int readWordData(int command) {
        return poll(() -> device.readWordData(command));
    }

    @Override
    public void writeWordData(int command, int value) {
        write(() -> device.writeWordData(command, value));
    }

    @Override
    public int processCall(int command, int value) {
        return write(() -> device.processCall(command, value));
    }

    @Override
    public byte[] readBlockData(int command) {
        return poll(() -> device.readBlockData(command));
    }

    @Override
    public void writeBlockData(int command, byte[] data) {
        write(() -> device.writeBlockData(command, data));
    }

    @Override
    public byte[] blockProcessCall(int command, byte[] data) {
        return write(() -> device.blockProcessCall(command, data));
    }

    @Override
    public byte[] readI2cBlockData(int command, int length) {
        return poll(() -> device.readI2cBlockData(command, length));
    }

    @Override
    public void writeI2cBlockData(int command, byte[] data) {
        write(() -> device.writeI2cBlockData(command, data));
    }
}
