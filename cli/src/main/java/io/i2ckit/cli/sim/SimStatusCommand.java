// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.Session;
import io.i2ckit.core.Capability;
import io.i2ckit.core.Functionality;
import io.i2ckit.sim.BusStats;
import io.i2ckit.sim.FaultPlan;
import io.i2ckit.sim.FunctionalityPresets;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.stream.Collectors;

@Command(name = "status", description = "Show what is on the simulated bus.", mixinStandardHelpOptions = true)
final class SimStatusCommand implements Runnable {
    private Session session;

    SimStatusCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        SimStore store = SimCommand.store(session);
        SimBoard board = store.board();
        PrintWriter out = session.out();
        Functionality f = FunctionalityPresets.get(board.functionality());
        out.printf("Simulated bus 'sim' in %s%n", store.directory());
        out.printf("  adapter:       %s%n", board.adapterName());
        out.printf("  functionality: %s (%s)%n", board.functionality(),
                f.capabilities().stream().map(Capability::displayName).collect(Collectors.joining(", ")));
        out.printf("  speed:         %d Hz%n", board.speedHz());
        for (SimBoard.ChipSpec c : board.chips()) {
            String where = c.isEeprom() && c.geometry().addressCount() > 1
                    ? String.format("0x%02x-0x%02x", c.address(), c.address() + c.geometry().addressCount() - 1)
                    : String.format("0x%02x", c.address());
            out.printf("  chip %-9s %s%n", where, ChipDescriptions.describe(c));
        }
        board.drivers().forEach((a, d) -> out.printf("  driver 0x%02x  owned by kernel driver %s (shows as UU)%n", a, d));
        FaultPlan faults = store.armedFaults();
        if (!faults.isEmpty()) {
            out.printf("  faults armed for the next command:%n");
            faults.format().lines().filter(l -> !l.startsWith("seed")).forEach(l -> out.printf("    %s%n", l));
        }
        BusStats total = store.totals();
        out.printf("  totals:        %s%n", total);
    }
}
