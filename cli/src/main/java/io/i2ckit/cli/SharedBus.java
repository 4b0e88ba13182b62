// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.BusClock;
import io.i2ckit.core.BusLock;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.Retry;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A bus kept open for the rest of a batch: closing it is left to the session. With an ACK-poll
 * time, transactions that find no acknowledge are retried until it passes.
 */
final class SharedBus implements I2cBus {
    private final I2cBus bus;
    private final Supplier<Duration> ackPoll;

    /** @param ackPoll how long to poll, asked afresh for each transaction */
    SharedBus(I2cBus bus, Supplier<Duration> ackPoll) {
        this.bus = bus;
        this.ackPoll = ackPoll;
    }

    I2cBus underlying() {
        return bus;
    }

    @Override
    public String name() {
        return bus.name();
    }

    @Override
    public String devicePath() {
        return bus.devicePath();
    }

    @Override
    public String adapterName() {
        return bus.adapterName();
    }

    @Override
    public Functionality functionality() {
        return bus.functionality();
    }

    @Override
    public I2cDevice device(int address, DeviceOptions options) {
        I2cDevice device = bus.device(address, options);
        Duration poll = ackPoll.get();
        return poll.isZero() ? device : new AckPollingDevice(device, this, poll);
    }

    @Override
    public int transfer(I2cMessage... messages) {
        Duration poll = ackPoll.get();
        if (poll.isZero()) {
            return bus.transfer(messages);
        }
        return Retry.withDeadline(bus.clock(), poll, Duration.ZERO, Retry.NO_ACKNOWLEDGE,
                () -> bus.transfer(messages));
    }

    @Override
    public BusLock lock() {
        return bus.lock();
    }

    @Override
    public BusClock clock() {
        return bus.clock();
    }

    @Override
    public void close() {
        // the session closes it when the batch ends
    }
}
