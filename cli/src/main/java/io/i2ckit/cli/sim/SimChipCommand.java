// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.core.sim.EepromGeometry;
import io.i2ckit.core.sim.SimBoard;
import io.i2ckit.core.sim.SimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

@Command(name = "chip", mixinStandardHelpOptions = true, description = "Add or remove a simulated chip.",
        subcommands = {SimChipCommand.Add.class, SimChipCommand.Remove.class})
final class SimChipCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Put a chip on the simulated bus: a register chip (256 registers, like i2c-stub) or a 24Cxx "
                    + "EEPROM (a T24C04A unless told otherwise).")
    static final class Add implements Runnable {
        private final Session session;

        @Parameters(index = "0", paramLabel = "ADDRESS", description = "Its 7-bit address, such as 0x50.")
        String address;

        @Parameters(index = "1", paramLabel = "TYPE", description = "registers or eeprom.")
        String type;

        @Option(names = "--label", description = "A name for listings, such as LM75 or 24C02.")
        String label;

        @Option(names = "--size", description = "EEPROM bytes (a power of two; default 512).")
        int size = 512;

        @Option(names = "--page", description = "EEPROM page buffer bytes (default 16).")
        int page = 16;

        @Option(names = "--address-bytes", description = "EEPROM word-address bytes: 1 (24C01-24C16) or 2 (default 1).")
        int addressBytes = 1;

        @Option(names = "--write-cycle-us", description = "EEPROM write cycle tWR in microseconds (default 5000).")
        long writeCycleUs = 5000;

        Add(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            int a = Numbers.address(address);
            SimBoard.ChipSpec spec = switch (type) {
                case "registers" -> SimBoard.ChipSpec.registers(a, label == null ? "registers" : label);
                case "eeprom" -> SimBoard.ChipSpec.eeprom(a, label == null ? "EEPROM" : label,
                        new EepromGeometry(size, page, addressBytes, writeCycleUs * 1000), false);
                default -> throw CliException.usage("chip type '" + type + "' unknown: use registers or eeprom");
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
                        + "of %d, not 0x%02x", size, count, count, a));
            }
            List<SimBoard.ChipSpec> chips = new ArrayList<>(board.chips());
            chips.add(spec);
            store.saveBoard(board.withChips(chips));
            try {
                Files.deleteIfExists(store.memoryFile(a)); // a new chip starts blank
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + store.memoryFile(a), e);
            }
            session.out().printf("Added %s at 0x%02x%n", spec.isEeprom() ? spec.label() + " EEPROM" : "register chip", a);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a chip off the simulated bus.")
    static final class Remove implements Runnable {
        private final Session session;

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
}
