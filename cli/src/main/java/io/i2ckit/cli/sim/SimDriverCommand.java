// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.HashMap;
import java.util.Map;

@Command(name = "driver", mixinStandardHelpOptions = true,
        description = "Mark an address as owned by a kernel driver (selecting it fails with EBUSY, i2cdetect shows UU), "
                + "or free it with 'none'.")
final class SimDriverCommand implements Runnable {
    private Session session;

    @Parameters(index = "0", paramLabel = "ADDRESS")
    String address;

    @Parameters(index = "1", paramLabel = "DRIVER|none", description = "Such as at24.")
    String driver;

    SimDriverCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        int a = Numbers.address(address);
        SimStore store = SimCommand.store(session);
        SimBoard board = store.board();
        Map<Integer, String> drivers = new HashMap<>(board.drivers());
        if (driver.equals("none")) {
            drivers.remove(a);
        } else {
            drivers.put(a, driver);
        }
        store.saveBoard(board.withDrivers(drivers));
        session.out().printf(driver.equals("none") ? "Address 0x%02x is free%n" : "Address 0x%02x is owned by %s%n",
                a, driver);
    }
}
