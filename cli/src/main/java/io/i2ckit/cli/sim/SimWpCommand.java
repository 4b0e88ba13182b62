// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "wp", mixinStandardHelpOptions = true,
        description = "Tie a simulated EEPROM's write-protect pin high (on) or low (off). With it high, writes are "
                + "acknowledged and ignored.")
final class SimWpCommand implements Runnable {
    private Session session;

    @Parameters(index = "0", paramLabel = "ADDRESS")
    String address;

    @Parameters(index = "1", paramLabel = "on|off")
    String state;

    SimWpCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        int a = Numbers.address(address);
        if (!state.equals("on") && !state.equals("off")) {
            throw CliException.usage("write-protect state '" + state + "': use on or off");
        }
        SimStore store = SimCommand.store(session);
        SimBoard board = store.board();
        List<SimBoard.ChipSpec> chips = new ArrayList<>();
        int base = -1;
        for (SimBoard.ChipSpec c : board.chips()) {
            // either address of a part that answers several (the 24C04's 0x50 and 0x51) names it
            if (c.isEeprom() && a >= c.address() && a < c.address() + c.geometry().addressCount()) {
                c = SimBoard.ChipSpec.eeprom(c.address(), c.label(), c.geometry(), state.equals("on"));
                base = c.address();
            }
            chips.add(c);
        }
        if (base < 0) {
            throw CliException.usage(String.format("no simulated EEPROM at 0x%02x (see 'i2ckit sim status')", a));
        }
        store.saveBoard(board.withChips(chips));
        session.out().printf("Write protect of the EEPROM at 0x%02x: %s%n", base, state);
    }
}
