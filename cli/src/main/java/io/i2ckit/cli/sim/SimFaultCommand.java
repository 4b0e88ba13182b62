// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.sim.FaultPlan;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "fault", mixinStandardHelpOptions = true,
        description = "Arm faults for the next command that opens the simulated bus. Transactions count from 1 "
                + "(every start-to-stop, ACK polls included), bytes from 0 (address bytes included).")
final class SimFaultCommand implements Runnable {
    private Session session;

    @Option(names = "--nack", paramLabel = "TRANSACTION:BYTE", description = "That byte is not acknowledged (0 = address).")
    List<String> nacks = List.of();

    @Option(names = "--eio", paramLabel = "TRANSACTION", description = "That transaction fails with EIO.")
    List<Long> eios = List.of();

    @Option(names = "--power-cut-after", paramLabel = "BYTES",
            description = "Power fails after this many bytes on the wire.")
    Long powerCut;

    @Option(names = "--stuck-busy", paramLabel = "ADDRESS[:TRANSACTION]",
            description = "That chip never acknowledges (from that transaction on).")
    List<String> stuck = List.of();

    @Option(names = "--seed", description = "Seed for what an interrupted write cycle leaves (default 1).")
    long seed = 1;

    @Option(names = "--clear", description = "Disarm every fault.")
    boolean clear;

    SimFaultCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        SimStore store = SimCommand.store(session);
        if (clear) {
            store.armFaults(FaultPlan.none());
            session.out().println("No faults armed");
            return;
        }
        FaultPlan plan = FaultPlan.seeded(seed);
        for (String n : nacks) {
            String[] parts = n.split(":");
            if (parts.length != 2) {
                throw CliException.usage("--nack " + n + ": write TRANSACTION:BYTE, such as 3:5");
            }
            plan.nack(Numbers.parse(parts[0], 1, Long.MAX_VALUE, "transaction"),
                    (int) Numbers.parse(parts[1], 0, Integer.MAX_VALUE, "byte"));
        }
        eios.forEach(t -> {
            if (t < 1) {
                throw CliException.usage("--eio " + t + ": transactions count from 1");
            }
            plan.eio(t);
        });
        if (powerCut != null) {
            if (powerCut < 0) {
                throw CliException.usage("--power-cut-after " + powerCut + ": must be 0 or more");
            }
            plan.powerCutAfterBytes(powerCut);
        }
        for (String s : stuck) {
            String[] parts = s.split(":");
            if (parts.length > 2) {
                throw CliException.usage("--stuck-busy " + s + ": write ADDRESS or ADDRESS:TRANSACTION, such as 0x50:12");
            }
            plan.stuckBusy(Numbers.address(parts[0]),
                    parts.length == 2 ? Numbers.parse(parts[1], 1, Long.MAX_VALUE, "transaction") : 1);
        }
        if (plan.isEmpty()) {
            throw CliException.usage("no fault given: use --nack, --eio, --power-cut-after or --stuck-busy (or --clear)");
        }
        store.armFaults(plan);
        session.out().print("Armed for the next command:\n" + plan.format().lines()
                .filter(l -> !l.startsWith("seed")).map(l -> "  " + l + "\n").reduce("", String::concat));
    }
}
