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
 * time, a transaction that finds no acknowledge is retried until it passes, but only where that
 * is safe and means something: at a chip this batch has written to, which may still be in its
 * write cycle (any address of 0x50-0x57 once one of them was written, since a 24Cxx answers at
 * several), and for a combined transfer only when all its messages go to such a chip, which then
 * stops the transfer at its first address, so nothing was sent. A chip never written to that does
 * not answer fails at once, with the words of the i2c-tools program.
 */
final class SharedBus implements I2cBus {
    private static final int EEPROM_FIRST = 0x50;
    private static final int EEPROM_LAST = 0x57;
    private final I2cBus bus;
    private final Supplier<Duration> ackPoll;
    private final java.util.Set<Integer> written = new java.util.HashSet<>();

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

    /** A write reached {@code address}: from now on it may be busy writing, and so may its siblings. */
    void wrote(int address) {
        written.add(address);
    }

    /** Whether a no-acknowledge at {@code address} may be a write cycle, so polling it is worth it. */
    boolean mayBeBusy(int address) {
        if (written.contains(address)) {
            return true;
        }
        return address >= EEPROM_FIRST && address <= EEPROM_LAST
                && written.stream().anyMatch(a -> a >= EEPROM_FIRST && a <= EEPROM_LAST);
    }

    @Override
    public int transfer(I2cMessage... messages) {
        Duration poll = ackPoll.get();
        boolean oneBusyChip = messages.length > 0 && mayBeBusy(messages[0].address())
                && java.util.Arrays.stream(messages).allMatch(m -> m.address() == messages[0].address());
        int done = poll.isZero() || !oneBusyChip ? bus.transfer(messages)
                : Retry.withDeadline(bus.clock(), poll, Duration.ZERO, Retry.NO_ACKNOWLEDGE, () -> bus.transfer(messages));
        for (I2cMessage m : messages) {
            if (!m.isRead()) {
                wrote(m.address());
            }
        }
        return done;
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
