// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cIoException;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The simulated bus kept in a folder, so separate i2ckit commands see the same chips:
 * {@code board.conf} says what is on the bus, {@code chip-0xNN.bin} holds each chip's memory
 * (mapped, so two processes share it), {@code state.properties} the chips' address counters and
 * the bus's running totals, and {@code faults.conf} the faults armed for the next process that
 * opens the bus, which consumes them.
 */
public final class SimStore {
    public static final String BUS_NAME = "sim";
    /** The environment variable that moves the simulator's folder ({@code --sim-dir} sets it for one request). */
    public static final String DIR_VARIABLE = "I2CKIT_SIM_DIR";

    private final Path dir;

    public SimStore(Path dir) {
        this.dir = dir;
    }

    /**
     * The folder of the simulated bus: {@code $I2CKIT_SIM_DIR}, else
     * {@code $XDG_STATE_HOME/i2ckit/sim}, else {@code ~/.local/state/i2ckit/sim}.
     */
    public static Path defaultDirectory(Map<String, String> env) {
        String explicit = env.get(DIR_VARIABLE);
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        return BusEnvironment.stateDirectory(env).resolve("sim");
    }

    /** The simulated bus of {@code env}, in {@link #defaultDirectory} of its variables. */
    public static SimStore of(BusEnvironment env) {
        return new SimStore(defaultDirectory(env.variables()));
    }

    public Path directory() {
        return dir;
    }

    /** The board, creating the default one on first use. */
    public SimBoard board() {
        Path conf = dir.resolve("board.conf");
        try {
            if (!Files.exists(conf)) {
                saveBoard(SimBoard.defaultBoard());
            }
            return SimBoard.parse(Files.readString(conf));
        } catch (IllegalArgumentException e) {
            throw new io.i2ckit.core.ConfigFileException(conf.getParent() + "/" + e.getMessage()
                    + "; fix or remove that line, or start the simulator afresh with 'i2ckit sim reset'", e);
        } catch (IOException e) {
            throw failure("read " + conf, e);
        }
    }

    public void saveBoard(SimBoard board) {
        writeAtomically(dir.resolve("board.conf"), board.format());
    }

    /** The memory file of the chip at {@code address}. */
    public Path memoryFile(int address) {
        return dir.resolve(String.format("chip-0x%02x.bin", address));
    }

    /** Opens the bus: maps the chips' memories, restores their counters, arms pending faults. */
    public SimBus open() {
        return open(false);
    }

    /**
     * Opens the bus, with a clock that keeps up with real time when {@code followWallClock}: for
     * programs of other libraries, which wait with {@code Thread.sleep}.
     */
    public SimBus open(boolean followWallClock) {
        SimBoard board = board();
        Properties state = loadState();
        FaultPlan faults = takeFaults();
        SimBus.Builder builder = SimBus.builder()
                .name(BUS_NAME)
                .adapterName(board.adapterName())
                .functionality(FunctionalityPresets.get(board.functionality()))
                .speed(board.speedHz())
                .faults(faults)
                .followWallClock(followWallClock)
                .lockFile(dir.resolve("bus.lock"));
        board.drivers().forEach(builder::driver);
        for (SimBoard.ChipSpec spec : board.chips()) {
            builder.chip(chip(spec, state));
        }
        SimBus[] self = new SimBus[1];
        builder.onClose(() -> saveState(self[0], state));
        self[0] = builder.build();
        return self[0];
    }

    private SimChip chip(SimBoard.ChipSpec spec, Properties state) {
        if (spec.isModel()) {
            ChipModel model = ChipModels.get(spec.type());
            boolean fresh = !Files.exists(memoryFile(spec.address()));
            ChipMemory memory = ChipMemory.mapped(memoryFile(spec.address()), model.memorySize(), 0x00);
            if (fresh) {
                model.powerOn(memory);
            }
            return model.create(spec.address(), memory, ChipSettings.of(model, spec.settings()), Clock.systemUTC());
        }
        ChipMemory memory = ChipMemory.mapped(memoryFile(spec.address()), spec.size(), spec.isEeprom() ? 0xff : 0x00);
        int pointer = Integer.parseInt(state.getProperty(pointerKey(spec.address()), "0"));
        if (spec.isEeprom()) {
            EepromChip chip = new EepromChip(spec.address(), spec.geometry(), memory, spec.label());
            chip.setWriteProtected(spec.writeProtected());
            chip.setPointer(pointer);
            return chip;
        }
        RegisterChip chip = new RegisterChip(spec.address(), memory, spec.label());
        chip.setPointer(pointer);
        return chip;
    }

    /** Arms faults for the next process that opens the bus. */
    public void armFaults(FaultPlan plan) {
        writeAtomically(dir.resolve("faults.conf"), plan.format());
    }

    /** The faults armed and not yet consumed, or an empty plan. */
    public FaultPlan armedFaults() {
        Path file = dir.resolve("faults.conf");
        try {
            return Files.exists(file) ? FaultPlan.parse(Files.readString(file)) : FaultPlan.none();
        } catch (IOException e) {
            throw failure("read " + file, e);
        }
    }

    private FaultPlan takeFaults() {
        FaultPlan plan = armedFaults();
        try {
            Files.deleteIfExists(dir.resolve("faults.conf"));
        } catch (IOException e) {
            throw failure("consume " + dir.resolve("faults.conf"), e);
        }
        return plan;
    }

    /** Running totals of every bus session so far. */
    public BusStats totals() {
        Properties p = loadState();
        return new BusStats(longOf(p, "total.transactions"), longOf(p, "total.bytes"), longOf(p, "total.bits"),
                longOf(p, "total.nacks"), longOf(p, "total.busNanos"));
    }

    /** Deletes the board, memories, state and faults: the next open starts from the default board. */
    public void reset() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (n.equals("board.conf") || n.equals("state.properties") || n.equals("faults.conf")
                        || n.matches("chip-0x[0-9a-f]{2}\\.bin")) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw failure("reset " + dir, e);
        }
    }

    private void saveState(SimBus bus, Properties before) {
        Properties p = new Properties();
        for (SimChip chip : bus.chips()) {
            int address = chip.addresses()[0];
            if (chip instanceof EepromChip e) {
                p.setProperty(pointerKey(address), Integer.toString(e.pointer()));
                e.memory().flush();
            } else if (chip instanceof RegisterChip r) {
                p.setProperty(pointerKey(address), Integer.toString(r.pointer()));
                r.registers().flush();
            } else if (chip instanceof ModelChip m) {
                m.memory().flush();
            }
        }
        BusStats total = totals().plus(bus.stats());
        p.setProperty("total.transactions", Long.toString(total.transactions()));
        p.setProperty("total.bytes", Long.toString(total.bytes()));
        p.setProperty("total.bits", Long.toString(total.bits()));
        p.setProperty("total.nacks", Long.toString(total.nacks()));
        p.setProperty("total.busNanos", Long.toString(total.busNanos()));
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("state.properties.new");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                // written by hand, not Properties.store: its date comment drags in time zones and
                // locale data, which cost a short command more than everything else it writes
                w.write("# i2ckit simulated bus: chip address counters and running totals\n");
                for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
                    w.write(key + "=" + p.getProperty(key) + "\n"); // keys and numbers: nothing to escape
                }
            }
            Files.move(tmp, dir.resolve("state.properties"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure("save " + dir.resolve("state.properties"), e);
        }
    }

    private Properties loadState() {
        Properties p = new Properties();
        Path file = dir.resolve("state.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw failure("read " + file, e);
            }
        }
        return p;
    }

    private void writeAtomically(Path file, String text) {
        try {
            Files.createDirectories(dir);
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(tmp, text);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure("write " + file, e);
        }
    }

    private static String pointerKey(int address) {
        return String.format("pointer.0x%02x", address);
    }

    private static long longOf(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "0"));
    }

    private static I2cException failure(String what, IOException e) {
        return new I2cIoException("simulated bus", BUS_NAME, I2cException.NO_ADDRESS, Errno.EIO,
                "cannot " + what + ": " + e.getMessage());
    }
}
