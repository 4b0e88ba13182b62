// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.boardprofiles.Board;
import io.i2ckit.boardprofiles.BusResolver;
import io.i2ckit.core.AdapterInfo;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.NoSuchBusException;
import io.i2ckit.core.linux.SysfsAdapters;
import io.i2ckit.kmodloader.ModuleLoader;
import io.i2ckit.sim.SimStore;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
    private Board board;
    private Duration ackPoll = Duration.ZERO;
    private ModuleLoader modules;
    private java.io.OutputStream binaryOut;
    private boolean stdoutTerminal;
    private boolean loadsModules = true;
    private static final Duration NODE_WAIT = Duration.ofSeconds(2);
    /** The directory this JVM runs in; a request may run in another. */
    private static final Path JVM_DIRECTORY = Path.of("").toAbsolutePath();
    private Path workingDirectory = JVM_DIRECTORY;
    private TypedPaths typedPaths;
    private io.i2ckit.cli.tools.I2cToolsVersion i2cTools;

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

    /**
     * The directory the request was made in: relative paths a user gives are resolved against
     * it, not against the JVM's, so one JVM can serve callers in different directories.
     */
    public void setWorkingDirectory(Path dir) {
        if (!dir.isAbsolute()) {
            throw new IllegalArgumentException("a working directory is absolute: " + dir);
        }
        this.workingDirectory = dir;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    /** Where the paths this request types are recorded, so its output shows them as typed. */
    public void setTypedPaths(TypedPaths paths) {
        this.typedPaths = paths;
    }

    /**
     * A path as the user typed it, for this request: as typed when the request runs in the JVM's
     * own directory (messages then show what was typed), else resolved against the request's.
     */
    public Path path(String typed) {
        Path p = Path.of(typed);
        if (workingDirectory.equals(JVM_DIRECTORY) || p.isAbsolute()) {
            return p;
        }
        Path resolved = workingDirectory.resolve(p);
        if (typedPaths != null) {
            typedPaths.record(resolved.toString(), typed);
        }
        return resolved;
    }

    /**
     * Whether opening a bus that is not there loads the board's modules first: i2ckit's commands
     * do; the i2c-tools drop-ins do not, since i2c-tools never changes the kernel.
     */
    public void setLoadsModules(boolean loads) {
        this.loadsModules = loads;
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

    /** The i2c-tools release this request's programs speak, found once per request: a batch's lines share it. */
    public io.i2ckit.cli.tools.I2cToolsVersion i2cTools() {
        if (i2cTools == null) {
            i2cTools = io.i2ckit.cli.tools.I2cToolsVersion.of(env);
        }
        return i2cTools;
    }

    public boolean interactive() {
        return interactive;
    }

    /** Standard output as bytes, for binary output (flush {@link #out()} first); null where there is none. */
    public java.io.OutputStream binaryOut() {
        return binaryOut;
    }

    /** Whether standard output is a terminal, where binary output must not go. */
    public boolean stdoutTerminal() {
        return stdoutTerminal;
    }

    /** Where binary output goes, and whether that is a terminal. */
    public void setBinaryOut(java.io.OutputStream out, boolean terminal) {
        binaryOut = out;
        stdoutTerminal = terminal;
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
        return simDir == null ? buses : buses.withVariable(SimStore.DIR_VARIABLE, simDir.toString());
    }

    /** The board this runs on, detected once from the device tree and sysfs. */
    public Board board() {
        if (board == null) {
            board = Board.detect(buses());
        }
        return board;
    }

    /**
     * The kernel-module loader of the system the buses live on (its root is the parent of the
     * sysfs root: "/" on a real system, a fixture folder in tests).
     */
    public ModuleLoader modules() {
        if (modules == null) {
            modules = ModuleLoader.forSystem(systemRoot());
        }
        return modules;
    }

    /** Uses {@code loader} for kernel modules (tests: a fixture root and a mocked kernel). */
    void setModules(ModuleLoader loader) {
        modules = loader;
    }

    /** Where proc, sys and lib/modules are. */
    public Path systemRoot() {
        Path parent = buses.sysRoot().toAbsolutePath().getParent();
        return parent == null ? Path.of("/") : parent;
    }

    /**
     * Opens the bus a user named: a number, a device node, an adapter name, {@code sim}, or this
     * board's name for it (a hardware name such as {@code i2c2}, a header pin such as
     * {@code P9_19}). While buses are kept (a batch), each is opened once and closing it is a no-op.
     */
    public I2cBus openBus(String spec) {
        String resolved = busResolver().resolve(spec);
        if (kept == null) {
            return openLoadingModules(resolved);
        }
        SharedBus bus = kept.get(resolved);
        if (bus == null) {
            bus = new SharedBus(openLoadingModules(resolved), () -> ackPoll);
            kept.put(resolved, bus);
        }
        return bus;
    }

    /**
     * Opens a bus; when it is not there, makes sure this board's modules are in the kernel
     * (i2c-dev and the bus driver) and tries again, waiting briefly for udev to make the node.
     * Nothing is read or loaded while the bus opens.
     *
     * @throws io.i2ckit.kmodloader.NeedsRootException when a module is missing and this process may not load it
     */
    private I2cBus openLoadingModules(String resolved) {
        try {
            return busResolver().open(resolved);
        } catch (NoSuchBusException missing) {
            if (!loadsModules || BusResolver.isProvided(resolved)
                    || !BusModules.ensure(modules(), board().profile().modules(), missing)) {
                throw missing;
            }
            long deadline = System.nanoTime() + NODE_WAIT.toNanos();
            while (true) {
                try {
                    return busResolver().open(resolved);
                } catch (NoSuchBusException stillMissing) {
                    if (System.nanoTime() > deadline) {
                        throw stillMissing;
                    }
                    sleep(Duration.ofMillis(20));
                }
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The one road from a user's word to a bus, for this request's environment and board. */
    public BusResolver busResolver() {
        return new BusResolver(buses(), this::board);
    }

    /**
     * What must not be written at {@code address} on {@code bus} (a board's ID EEPROM, a PC's
     * memory SPD), if anything; never anything on the simulated bus.
     */
    public Optional<String> protection(I2cBus bus, int address) {
        if (!bus.name().startsWith("i2c-")) {
            return Optional.empty();
        }
        Board b = board();
        if (!b.mayProtect(address)) {
            return Optional.empty();
        }
        int number = Integer.parseInt(bus.name().substring(4));
        if (!b.protectsByPlace(address)) {
            // only the adapter's name counts (a PC's memory SPD): the bus read it, or reads it now, once
            return b.protection(new AdapterInfo(number, bus.adapterName(), Path.of(bus.devicePath()), null), address);
        }
        // this adapter alone: listing every adapter for each write costs a sysfs walk per command
        return new SysfsAdapters(buses().sysRoot(), buses().devRoot()).find(number)
                .flatMap(a -> b.protection(a, address));
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
