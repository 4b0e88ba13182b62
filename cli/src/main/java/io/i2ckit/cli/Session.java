// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of the command: its streams, environment, where buses live, and the global options.
 * Tests build one with captured streams and fixture folders; {@link Main} uses the real ones.
 */
public final class Session {
    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader in;
    private final Map<String, String> env;
    private final BusEnvironment buses;
    private final boolean interactive;
    private Path simDir;
    private boolean stacktrace;
    private Map<String, SharedBus> kept;
    private Duration ackPoll = Duration.ZERO;

    /**
     * @param interactive whether a person sits at stdin and stderr (a terminal), for prompts and progress
     */
    public Session(PrintWriter out, PrintWriter err, BufferedReader in, Map<String, String> env,
                   BusEnvironment buses, boolean interactive) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
        this.buses = buses;
        this.interactive = interactive;
        this.stacktrace = "1".equals(env.get("I2CKIT_STACKTRACE"));
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public BufferedReader in() {
        return in;
    }

    public Map<String, String> env() {
        return env;
    }

    public boolean interactive() {
        return interactive;
    }

    public boolean stacktrace() {
        return stacktrace;
    }

    void setStacktrace(boolean value) {
        stacktrace = value;
    }

    void setSimDir(Path dir) {
        simDir = dir;
    }

    /** Where buses live, with {@code --sim-dir} applied. */
    public BusEnvironment buses() {
        return simDir == null ? buses : buses.withSimDir(simDir);
    }

    /**
     * Opens the bus a user named: a number, a device node, an adapter name, or {@code sim}.
     * While buses are kept (a batch), each is opened once and closing it is a no-op.
     */
    public I2cBus openBus(String spec) {
        if (kept == null) {
            return I2cBuses.open(spec, buses());
        }
        SharedBus bus = kept.get(spec);
        if (bus == null) {
            bus = new SharedBus(I2cBuses.open(spec, buses()), () -> ackPoll);
            kept.put(spec, bus);
        }
        return bus;
    }

    /**
     * Keeps every bus opened from now on open until {@link #closeKeptBuses()}, retrying
     * transactions that are not acknowledged for up to {@code ackPoll}.
     */
    void keepBusesOpen(Duration ackPoll) {
        if (kept == null) {
            kept = new LinkedHashMap<>();
        }
        this.ackPoll = ackPoll;
    }

    void closeKeptBuses() {
        if (kept != null) {
            kept.values().forEach(b -> b.underlying().close());
            kept = null;
            ackPoll = Duration.ZERO;
        }
    }
}
