// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.BusyException;
import io.i2ckit.core.Capability;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.Probe;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimChip;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Find the chips on a bus, as i2cdetect does (quick writes, reads where EEPROMs live, "
                + "addresses 0x08-0x77), and name the chips that usually answer at each address.",
                "Addresses a kernel driver owns are listed with the driver; they are not probed."})
final class ScanCommand implements Runnable {
    private static final int FIRST = 0x08;
    private static final int LAST = 0x77;

    private Session session;

    @Parameters(arity = "0..1", paramLabel = "BUS",
            description = "A number, /dev/i2c-N, an adapter name, a header pin (P9_19), or sim. "
                    + "Default: this board's fan bus; on a machine that is no dev board, the simulated bus.")
    String bus;

    ScanCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        PrintWriter out = session.out();
        String chosen = bus;
        if (chosen == null) {
            chosen = session.board().fanBus().orElse(SimStore.BUS_NAME);
            if (chosen.equals(SimStore.BUS_NAME)) {
                out.printf("No dev board here and no BUS: scanning the simulated bus (kept in %s)%n",
                        SimStore.of(session.buses()).directory());
            }
        }
        KnownChips known = KnownChips.standard();
        try (I2cBus b = session.openBus(chosen)) {
            Functionality f = b.functionality();
            if (!f.has(Capability.SMBUS_QUICK) && !f.has(Capability.SMBUS_RECEIVE_BYTE)) {
                throw CliException.device("adapter " + b.name() + " (" + b.adapterName()
                        + ") can do neither quick writes nor receive byte, so it cannot be scanned");
            }
            List<String> lines = new ArrayList<>();
            for (int a = FIRST; a <= LAST; a++) {
                String what;
                try {
                    what = Probe.answers(b.device(a), Probe.usable(a, f)) ? names(known, a, b) : null;
                } catch (BusyException owned) {
                    what = "UU, owned by kernel driver " + driverOf(b, a) + ": " + names(known, a, b);
                }
                if (what != null) {
                    lines.add(String.format("  0x%02x  %s", a, what));
                }
            }
            out.printf("Bus %s (%s): %s at 0x%02x-0x%02x%n", b.name(), b.adapterName(),
                    lines.isEmpty() ? "nothing answers" : Numbers.count(lines.size(), "address") + " answer", FIRST, LAST);
            lines.forEach(out::println);
        }
    }

    private static String names(KnownChips known, int address, I2cBus bus) {
        List<String> chips = known.at(address);
        String guess = chips.isEmpty() ? "no chip in i2ckit's table uses this address" : String.join("; ", chips);
        if (bus instanceof SimBus sim) {
            SimChip chip = sim.chip(address);
            if (chip != null) {
                return guess + "  [simulated: " + chip.describe() + "]";
            }
        }
        return guess;
    }

    /** The kernel driver bound at {@code address}, from sysfs; "?" when sysfs does not say. */
    private String driverOf(I2cBus bus, int address) {
        if (bus instanceof SimBus sim) {
            return sim.driverAt(address);
        }
        if (!bus.name().startsWith("i2c-")) {
            return "?";
        }
        Path client = session.buses().sysRoot().resolve("bus/i2c/devices")
                .resolve(String.format("%s-%04x", bus.name().substring(4), address));
        try {
            Path driver = client.resolve("driver");
            if (Files.exists(driver)) {
                return Files.readSymbolicLink(driver).getFileName().toString();
            }
            return Files.readString(client.resolve("name")).strip() + " (not bound)";
        } catch (IOException e) {
            return "?";
        }
    }
}
