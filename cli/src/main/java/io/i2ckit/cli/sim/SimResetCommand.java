// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.Session;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Start the simulated bus over: the default board (T24C04A at 0x50/0x51, register chip at 0x48), "
                + "erased memories, no faults.")
final class SimResetCommand implements Runnable {
    private Session session;

    SimResetCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        SimStore store = SimCommand.store(session);
        store.reset();
        store.board();
        session.out().printf("Simulated bus reset in %s%n", store.directory());
    }
}
