// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.BusyException;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.spi.AbstractI2cBus;
import io.i2ckit.core.spi.BusLocks;
import io.i2ckit.core.spi.SmbusData;
import io.i2ckit.core.spi.SmbusSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulated I2C bus: chip models on a wire with a bit-counting clock. SMBus transactions are
 * emulated into messages as the kernel does for plain-I2C adapters, so the chips see real bytes
 * whatever the adapter's functionality claims; {@link #transfer} is refused when the adapter's
 * functionality has no plain I2C, as on SMBus-only controllers.
 */
public final class SimBus extends AbstractI2cBus {
    private final Wire wire;
    private final Map<Integer, String> drivers;
    private final List<Runnable> onClose;
    private final int speedHz;

    private SimBus(Builder b, SimClock clock, Wire wire) {
        super(b.name, b.adapterName, b.functionality, clock,
                new BusLocks(b.name, b.lockFile, b.lockTimeout));
        this.wire = wire;
        this.drivers = Map.copyOf(b.drivers);
        this.onClose = List.copyOf(b.onClose);
        this.speedHz = b.speedHz;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void select(int address, DeviceOptions options) {
        if (drivers.containsKey(address) && !options.force()) {
            throw new BusyException("select address", name(), address);
        }
    }

    @Override
    protected void doSmbus(int address, DeviceOptions options, int readWrite, int command, SmbusSize size,
                           SmbusData data) {
        select(address, options); // a driver may own the address whichever handle asks
        DeviceOptions effective = options.pec() && !pecEffective(functionality()) ? options.withPec(false) : options;
        SmbusEmulation.run(wire, name(), address, effective, readWrite, command, size, data);
    }

    @Override
    protected int doTransfer(I2cMessage[] messages) {
        return wire.run("transfer", name(), messages);
    }

    @Override
    protected void doClose() {
        onClose.forEach(Runnable::run);
    }

    /** The wire's counters since the bus opened. */
    public BusStats stats() {
        return wire.stats();
    }

    /** The bus clock frequency the bit periods follow. */
    public int speedHz() {
        return speedHz;
    }

    public SimClock simClock() {
        return (SimClock) clock();
    }

    /** The chip answering {@code address}, or null. */
    public SimChip chip(int address) {
        return wire.chipAt(address);
    }

    /** Every chip, each once, in the order attached. */
    public List<SimChip> chips() {
        List<SimChip> list = new ArrayList<>();
        for (SimChip c : wire.chips().values()) {
            if (!list.contains(c)) {
                list.add(c);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** The kernel driver said to own {@code address} (selecting it gives EBUSY), or null. */
    public String driverAt(int address) {
        return drivers.get(address);
    }

    public static final class Builder {
        private String name = "sim";
        private String adapterName = "i2ckit simulated adapter";
        private Functionality functionality = FunctionalityPresets.get("full-i2c");
        private int speedHz = 100_000;
        private final List<SimChip> chips = new ArrayList<>();
        private final Map<Integer, String> drivers = new HashMap<>();
        private final List<Runnable> onClose = new ArrayList<>();
        private FaultPlan faults = FaultPlan.none();
        private Path lockFile;
        private Duration lockTimeout = Duration.ofSeconds(10);
        private boolean followWallClock;

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder adapterName(String value) {
            adapterName = value;
            return this;
        }

        public Builder functionality(Functionality value) {
            functionality = value;
            return this;
        }

        /** Bus clock in Hz: 100 kHz (standard mode, the default) or 400 kHz (fast mode), or any. */
        public Builder speed(int hz) {
            speedHz = hz;
            return this;
        }

        public Builder chip(SimChip chip) {
            chips.add(chip);
            return this;
        }

        /** Marks {@code address} as owned by kernel driver {@code driver}, as at24 owns its EEPROMs. */
        public Builder driver(int address, String driver) {
            drivers.put(address, driver);
            return this;
        }

        public Builder faults(FaultPlan plan) {
            faults = plan;
            return this;
        }

        /** A lock file shared with other processes using the same simulated bus. */
        public Builder lockFile(Path file) {
            lockFile = file;
            return this;
        }

        public Builder lockTimeout(Duration timeout) {
            lockTimeout = timeout;
            return this;
        }

        /** Lets the bus clock keep up with real time; see {@link SimClock#followingWallClock()}. */
        public Builder followWallClock(boolean value) {
            followWallClock = value;
            return this;
        }

        /** Runs {@code action} when the bus closes, such as saving chip state. */
        public Builder onClose(Runnable action) {
            onClose.add(action);
            return this;
        }

        public SimBus build() {
            SimClock clock = followWallClock ? SimClock.followingWallClock() : new SimClock();
            Wire wire = new Wire(clock, speedHz, faults);
            chips.forEach(wire::attach);
            return new SimBus(this, clock, wire);
        }
    }
}
