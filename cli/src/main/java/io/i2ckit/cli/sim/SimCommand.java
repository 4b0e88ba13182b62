// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.Session;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "sim", description = "Show and change the simulated bus 'sim': its chips, adapter, speed and faults.",
        mixinStandardHelpOptions = true,
        subcommands = {SimStatusCommand.class, SimResetCommand.class, SimConfigCommand.class, SimChipCommand.class,
                SimWpCommand.class, SimDriverCommand.class, SimFaultCommand.class, SimDisplayCommand.class})
public final class SimCommand implements Runnable {
    private Session session;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public SimCommand(Session session) {
        this.session = session;
    }

    /** The store of the simulated bus this session uses. */
    static SimStore store(Session session) {
        return SimStore.of(session.buses());
    }

    @Override
    public void run() {
        new SimStatusCommand(session).run();
    }
}
