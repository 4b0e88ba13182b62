// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.Target;
import io.i2ckit.povfan.FanProfile;
import io.i2ckit.sim.SimStore;
import picocli.CommandLine.Option;

/** Where the fan is: {@code --bus}, else the board's fan bus, else the simulated fan (said so). */
final class FanBus {
    @Option(names = "--bus", paramLabel = "BUS",
            description = "The fan's bus: a number, /dev/i2c-N, an adapter name, a header pin (P9_19), or sim. "
                    + "Default: this board's fan bus; on a machine that is no dev board, the simulated fan.")
    String bus;

    @Option(names = "--addr", paramLabel = "ADDRESS",
            description = "The fan EEPROM's first address, if its strap differs from the profile's (such as 0x54).")
    String address;

    @Option(names = "--force", description = "Use the fan's EEPROM even where a kernel driver owns its address "
            + "(talk past the driver).")
    boolean force;

    @Option(names = "--allow-protected",
            description = "For commands that write: write even an address the board protects (its ID EEPROM); --force does not.")
    boolean allowProtected;

    /** The EEPROM the fan's profile names, on the chosen bus; says so when that is the simulator. */
    Target target(Session session, FanProfile profile) {
        String chosen = bus;
        if (chosen == null) {
            chosen = session.board().fanBus().orElse(null);
            if (chosen == null) {
                chosen = SimStore.BUS_NAME;
                session.out().printf("No dev board here and no --bus: using the simulated fan (bus sim, kept in %s)%n",
                        SimStore.of(session.buses()).directory());
            }
        }
        int at = address == null ? profile.address() : Numbers.address(address);
        return Target.of(chosen, at, profile.chip(), force, allowProtected);
    }
}
