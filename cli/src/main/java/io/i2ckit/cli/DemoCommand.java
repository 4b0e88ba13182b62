// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.tools.Tool;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Show the toolkit on the simulated bus: scan it, then dump the fan's EEPROM (both halves).")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    private Session session;

    DemoCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        SimStore store = SimStore.of(session.buses());
        SimBoard board = store.board();
        session.out().printf("Simulated bus 'sim' (kept in %s):%n", store.directory());
        for (SimBoard.ChipSpec c : board.chips()) {
            session.out().printf("  0x%02x  %s%n", c.address(), io.i2ckit.cli.sim.ChipDescriptions.describe(c));
        }
        int code = step("i2ckit detect -y sim", Tool.DETECT, List.of("-y", "sim"));
        for (SimBoard.ChipSpec c : board.chips()) {
            if (c.isEeprom()) {
                for (int k = 0; k < c.geometry().addressCount() && code == ExitCode.OK; k++) {
                    String addr = String.format("0x%02x", c.address() + k);
                    code = step("i2ckit dump -y sim " + addr + " i", Tool.DUMP, List.of("-y", "sim", addr, "i"));
                }
            }
        }
        session.out().printf("%nTry: i2ckit get -y sim 0x48 0x00 | i2ckit set -y sim 0x48 0x10 0x42 | "
                + "i2ckit sim status | i2ckit --help%n");
        return code;
    }

    private int step(String shown, Tool tool, List<String> argv) {
        session.out().printf("%n$ %s%n", shown);
        session.out().flush();
        return tool.run(session, argv);
    }
}
