// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.boardprofiles.BusResolver;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.sim.ChipModels;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every example shares: {@code --bus BUS} (default {@code sim}, the simulated bus), the
 * chip an example needs put on the simulated bus when it is not there yet, and one
 * {@code Error:} line and exit code 1 when something fails.
 */
final class ExampleArgs {
    final String bus;
    final List<String> rest;

    private ExampleArgs(String bus, List<String> rest) {
        this.bus = bus;
        this.rest = rest;
    }

    static ExampleArgs parse(String[] args) {
        String bus = SimStore.BUS_NAME;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--bus")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--bus needs a bus: a number, /dev/i2c-N, a header pin or sim");
                }
                bus = args[++i];
            } else {
                rest.add(args[i]);
            }
        }
        return new ExampleArgs(bus, rest);
    }

    boolean simulated() {
        return BusResolver.isProvided(bus);
    }

    /** Opens the bus {@code --bus} names, as i2ckit's commands would. */
    I2cBus open() {
        return new BusResolver(BusEnvironment.system()).open(bus);
    }

    /**
     * On the simulated bus, puts a {@code type} chip at {@code address} unless one is there (and
     * says so); a chip of another kind there is an error, not replaced. Nothing on a real bus.
     */
    void simulatedChip(int address, String type, String... settings) {
        if (!simulated()) {
            return;
        }
        SimStore store = SimStore.of(BusEnvironment.system());
        SimBoard board = store.board();
        for (SimBoard.ChipSpec c : board.chips()) {
            if (c.address() == address) {
                if (!c.type().equals(type)) {
                    throw new IllegalArgumentException(String.format("the simulated bus has a %s at 0x%02x, not a %s: "
                            + "i2ckit sim chip remove 0x%02x, then run this again", c.label(), address, type, address));
                }
                return;
            }
        }
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i + 1 < settings.length; i += 2) {
            given.put(settings[i], settings[i + 1]);
        }
        List<SimBoard.ChipSpec> chips = new ArrayList<>(board.chips());
        chips.add(SimBoard.ChipSpec.model(address, ChipModels.get(type), type.toUpperCase(java.util.Locale.ROOT), given));
        store.saveBoard(board.withChips(chips));
        System.out.printf("Put a simulated %s at 0x%02x on the bus sim (see: i2ckit sim status)%n",
                ChipModels.get(type).title(), address);
    }

    interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body}; a failure is one {@code Error:} line and exit code 1. */
    static void main(Body body) {
        try {
            body.run();
        } catch (Exception e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
        }
    }
}
