// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.Retry;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A device whose transactions are retried while the chip does not acknowledge, for up to a
 * deadline: ACK polling, as at24 does, so an EEPROM busy with the write cycle of the previous
 * line is waited for instead of failing.
 */
final class AckPollingDevice implements I2cDevice {
    private final I2cDevice device;
    private final I2cBus bus;
    private final Duration timeout;

    AckPollingDevice(I2cDevice device, I2cBus bus, Duration timeout) {
        this.device = device;
        this.bus = bus;
        this.timeout = timeout;
    }

    private <T> T poll(Supplier<T> op) {
        return Retry.withDeadline(bus.clock(), timeout, Duration.ZERO, Retry.NO_ACKNOWLEDGE, op);
    }

    private void poll(Runnable op) {
        Retry.run(bus.clock(), timeout, Duration.ZERO, Retry.NO_ACKNOWLEDGE, op);
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
        poll(() -> device.quick(read));
    }

    @Override
    public int receiveByte() {
        return poll(device::receiveByte);
    }

    @Override
    public void sendByte(int value) {
        poll(() -> device.sendByte(value));
    }

    @Override
    public int readByteData(int command) {
        return poll(() -> device.readByteData(command));
    }

    @Override
    public void writeByteData(int command, int value) {
        poll(() -> device.writeByteData(command, value));
    }

    @Override
    public int readWordData(int command) {
        return poll(() -> device.readWordData(command));
    }

    @Override
    public void writeWordData(int command, int value) {
        poll(() -> device.writeWordData(command, value));
    }

    @Override
    public int processCall(int command, int value) {
        return poll(() -> device.processCall(command, value));
    }

    @Override
    public byte[] readBlockData(int command) {
        return poll(() -> device.readBlockData(command));
    }

    @Override
    public void writeBlockData(int command, byte[] data) {
        poll(() -> device.writeBlockData(command, data));
    }

    @Override
    public byte[] blockProcessCall(int command, byte[] data) {
        return poll(() -> device.blockProcessCall(command, data));
    }

    @Override
    public byte[] readI2cBlockData(int command, int length) {
        return poll(() -> device.readI2cBlockData(command, length));
    }

    @Override
    public void writeI2cBlockData(int command, byte[] data) {
        poll(() -> device.writeI2cBlockData(command, data));
    }
}
