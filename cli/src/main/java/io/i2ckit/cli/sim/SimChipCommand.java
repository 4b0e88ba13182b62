// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipModels;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "chip", mixinStandardHelpOptions = true,
        description = "Add, change or remove a simulated chip, or list the kinds there are.",
        subcommands = {SimChipCommand.Add.class, SimChipCommand.Set.class, SimChipCommand.Remove.class,
                SimChipTypesCommand.class})
final class SimChipCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Put a chip on the simulated bus: a register chip (256 registers, like i2c-stub), a 24Cxx "
                    + "EEPROM (a T24C04A unless told otherwise), or a chip model such as lm75, bme280 or ssd1306 "
                    + "with its settings as KEY=VALUE ('i2ckit sim chip types' lists them).",
                    "Example: i2ckit sim chip add 0x76 bme280 temperature=18.5 humidity=60"})
    static final class Add implements Runnable {
        private Session session;

        @Parameters(index = "0", paramLabel = "ADDRESS", description = "Its 7-bit address, such as 0x50.")
        String address;

        @Parameters(index = "1", paramLabel = "TYPE", description = "registers, eeprom, or a model (see 'sim chip types').")
        String type;

        @Parameters(index = "2..*", paramLabel = "KEY=VALUE", description = "A model's settings, such as temperature=30.")
        List<String> settings = new ArrayList<>();

        @Option(names = "--label", description = "A name for listings, such as LM75 or 24C02.")
        String label;

        @Option(names = "--part", paramLabel = "NAME",
                description = "The EEPROM's part from the catalog ('i2ckit eeprom info --list'; default t24c04a); "
                        + "--size, --page, --address-bytes and --write-cycle-us change its shape.")
        String part;

        @Option(names = "--size", description = "EEPROM bytes (a power of two; default the part's).")
        Integer size;

        @Option(names = "--page", description = "EEPROM page buffer bytes (default the part's).")
        Integer page;

        @Option(names = "--address-bytes", description = "EEPROM word-address bytes: 1 (24C01-24C16) or 2 (default the part's).")
        Integer addressBytes;

        @Option(names = "--write-cycle-us", description = "EEPROM write cycle tWR in microseconds (default 5000).")
        Long writeCycleUs;

        Add(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            int a = Numbers.address(address);
            if (!settings.isEmpty() && (type.equals("registers") || type.equals("eeprom"))) {
                throw CliException.usage("a " + type + " chip takes options, not settings like '" + settings.get(0) + "'");
            }
            boolean eepromOptions = part != null || size != null || page != null || addressBytes != null
                    || writeCycleUs != null;
            if (eepromOptions && !type.equals("eeprom")) {
                throw CliException.usage("--part, --size, --page, --address-bytes and --write-cycle-us are for an eeprom, not a "
                        + type + (type.equals("registers") ? "" : ": give its settings as KEY=VALUE"));
            }
            SimBoard.ChipSpec spec = switch (type) {
                case "registers" -> SimBoard.ChipSpec.registers(a, label == null ? "registers" : label);
                case "eeprom" -> SimBoard.ChipSpec.eeprom(a, label == null ? "EEPROM" : label,
                        SimBoard.eepromPart(part, size, page, addressBytes, writeCycleUs), false);
                default -> model(a);
            };
            SimStore store = SimCommand.store(session);
            SimBoard board = store.board();
            int count = spec.isEeprom() ? spec.geometry().addressCount() : 1;
            for (SimBoard.ChipSpec c : board.chips()) {
                int other = c.isEeprom() ? c.geometry().addressCount() : 1;
                if (a < c.address() + other && c.address() < a + count) {
                    throw CliException.usage(String.format("address 0x%02x is taken by the chip at 0x%02x: remove it first "
                            + "(i2ckit sim chip remove 0x%02x)", a, c.address(), c.address()));
                }
            }
            if (spec.isEeprom() && a % count != 0) {
                throw CliException.usage(String.format("a %d-byte EEPROM answers %d addresses and must sit at a multiple "
                        + "of %d, not 0x%02x", spec.size(), count, count, a));
            }
            List<SimBoard.ChipSpec> chips = new ArrayList<>(board.chips());
            chips.add(spec);
            store.saveBoard(board.withChips(chips));
            try {
                Files.deleteIfExists(store.memoryFile(a)); // a new chip starts blank
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + store.memoryFile(a), e);
            }
            session.out().printf("Added %s at 0x%02x%n", spec.isEeprom() ? spec.label() + " EEPROM"
                    : spec.isModel() ? ChipModels.get(type).title() : "register chip", a);
        }

        private SimBoard.ChipSpec model(int a) {
            ChipModel model = ChipModels.find(type).orElseThrow(() -> CliException.usage("chip type '" + type
                    + "' unknown: use registers, eeprom or one of " + String.join(", ",
                    ChipModels.all().stream().map(ChipModel::type).toList())));
            if (Arrays.stream(model.addresses()).noneMatch(x -> x == a)) {
                session.err().printf("Warning: a real %s cannot be strapped to 0x%02x (it takes %s)%n", type, a,
                        SimChipTypesCommand.addresses(model));
            }
            try {
                return SimBoard.ChipSpec.model(a, model, label == null ? type.toUpperCase(Locale.ROOT) : label,
                        Settings.parse(settings));
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Change what a model chip's surroundings are: the temperature a sensor measures, the pins "
                    + "pulled low on a port. Its registers keep their contents.",
                    "Example: i2ckit sim chip set 0x48 temperature=31.5"})
    static final class Set implements Runnable {
        private Session session;

        @Parameters(index = "0", paramLabel = "ADDRESS", description = "The chip's address.")
        String address;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "Settings to change.")
        List<String> settings;

        Set(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            int a = Numbers.address(address);
            SimStore store = SimCommand.store(session);
            SimBoard board = store.board();
            List<SimBoard.ChipSpec> chips = new ArrayList<>();
            SimBoard.ChipSpec changed = null;
            for (SimBoard.ChipSpec c : board.chips()) {
                if (c.address() == a) {
                    if (!c.isModel()) {
                        throw CliException.usage(String.format("the chip at 0x%02x is a %s chip, which has no settings",
                                a, c.type()));
                    }
                    try {
                        c = c.withSettings(Settings.parse(settings));
                    } catch (IllegalArgumentException e) {
                        throw CliException.usage(e.getMessage());
                    }
                    changed = c;
                }
                chips.add(c);
            }
            if (changed == null) {
                throw CliException.usage(String.format("no simulated chip at 0x%02x (see 'i2ckit sim status')", a));
            }
            store.saveBoard(board.withChips(chips));
            StringBuilder now = new StringBuilder();
            changed.settings().forEach((k, v) -> now.append(' ').append(k).append('=').append(v));
            session.out().printf("Set the %s at 0x%02x:%s%n", changed.label(), a, now);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a chip off the simulated bus.")
    static final class Remove implements Runnable {
        private Session session;

        @Parameters(paramLabel = "ADDRESS", description = "The chip's (first) address.")
        String address;

        Remove(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            int a = Numbers.address(address);
            SimStore store = SimCommand.store(session);
            SimBoard board = store.board();
            List<SimBoard.ChipSpec> chips = new ArrayList<>(board.chips());
            if (!chips.removeIf(c -> c.address() == a)) {
                throw CliException.usage(String.format("no simulated chip at 0x%02x (see 'i2ckit sim status')", a));
            }
            store.saveBoard(board.withChips(chips));
            try {
                Files.deleteIfExists(store.memoryFile(a));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + store.memoryFile(a), e);
            }
            session.out().printf("Removed the chip at 0x%02x%n", a);
        }
    }

    /** KEY=VALUE words from the command line. */
    static final class Settings {
        private Settings() {
        }

        static Map<String, String> parse(List<String> words) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String w : words) {
                int eq = w.indexOf('=');
                if (eq <= 0 || eq == w.length() - 1 || w.contains(" ")) {
                    throw CliException.usage("setting '" + w + "' is not KEY=VALUE, such as temperature=21.5");
                }
                map.put(w.substring(0, eq), w.substring(eq + 1));
            }
            return map;
        }
    }
}
