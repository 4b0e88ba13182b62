// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Session;
import io.i2ckit.sim.FunctionalityPresets;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Set the simulated adapter's functionality and bus speed.")
final class SimConfigCommand implements Runnable {
    private Session session;

    @Option(names = "--functionality", paramLabel = "PRESET|MASK",
            description = "What the adapter can do: full-i2c, bcm2835, omap, smbus (i2c-stub), i801, or a mask like 0x0eff0001.")
    String functionality;

    @Option(names = "--speed", paramLabel = "HZ", description = "Bus clock: 100000 (standard) or 400000 (fast), or any.")
    Integer speed;

    @Option(names = "--adapter-name", paramLabel = "NAME", description = "The adapter's name, as i2cdetect -l shows it.")
    String adapterName;

    SimConfigCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        if (functionality == null && speed == null && adapterName == null) {
            throw CliException.usage("nothing to change: give --functionality, --speed or --adapter-name");
        }
        SimStore store = SimCommand.store(session);
        SimBoard board = store.board();
        if (functionality != null) {
            board = board.withFunctionality(functionality);
        }
        if (speed != null) {
            if (speed < 1000 || speed > 5_000_000) {
                throw CliException.usage("--speed " + speed + " out of range (1000-5000000 Hz)");
            }
            board = board.withSpeed(speed);
        }
        if (adapterName != null) {
            board = new SimBoard(adapterName, board.functionality(), board.speedHz(), board.chips(), board.drivers());
        }
        store.saveBoard(board);
        session.out().printf("Simulated adapter: %s, functionality %s (%s), %d Hz%n", board.adapterName(),
                board.functionality(), FunctionalityPresets.get(board.functionality()), board.speedHz());
    }
}
