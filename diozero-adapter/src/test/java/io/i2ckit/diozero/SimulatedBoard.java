// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero;

import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;

import java.nio.file.Path;

/** The simulated bus the surefire configuration maps diozero's controller 1 to. */
final class SimulatedBoard {
    private SimulatedBoard() {
    }

    static SimStore store() {
        return new SimStore(Path.of(System.getenv("I2CKIT_SIM_DIR")));
    }

    /** Starts the bus over with the chips of {@code lines} (board.conf chip lines). */
    static SimStore with(String... lines) {
        SimStore store = store();
        store.reset();
        store.saveBoard(SimBoard.parse("functionality = full-i2c\n" + String.join("\n", lines) + "\n"));
        return store;
    }
}
