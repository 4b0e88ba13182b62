// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.Session;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipModels;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;

@Command(name = "types", mixinStandardHelpOptions = true,
        description = "List the kinds of chip the simulated bus can carry, their addresses and settings.")
final class SimChipTypesCommand implements Runnable {
    private Session session;

    SimChipTypesCommand(Session session) {
        this.session = session;
    }

    static String addresses(ChipModel model) {
        return Arrays.stream(model.addresses()).mapToObj(a -> String.format("0x%02x", a)).collect(Collectors.joining(" "));
    }

    @Override
    public void run() {
        PrintWriter out = session.out();
        out.println("registers  256 byte registers behind an auto-incrementing pointer, like i2c-stub");
        out.println("eeprom     a 24Cxx EEPROM (--size, --page, --address-bytes, --write-cycle-us)");
        for (ChipModel m : ChipModels.all()) {
            out.printf("%-10s %s%n", m.type(), m.title());
            out.printf("%-10s   addresses: %s%n", "", addresses(m));
            m.settingHelp().forEach((k, help) -> out.printf("%-10s   %s=%s  %s%n", "", k, m.defaultSettings().get(k), help));
        }
    }
}
