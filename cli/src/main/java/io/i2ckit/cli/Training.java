// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.tools.Tool;
import io.i2ckit.core.BusEnvironment;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The training run that a class-data archive is recorded from at install time: the usual
 * commands, once each, on a simulated bus in {@code $I2CKIT_SIM_DIR}, so the classes they load
 * are in the archive. The Linux bus classes are loaded too (not initialised: no device is
 * opened). Prints nothing; the exit status says whether every command worked.
 */
public final class Training {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("--version"),
            List.of("fan", "program", "--bus", "sim", "--no-preview", "Talita,", "eu te amo"),
            List.of("fan", "read", "--bus", "sim"),
            List.of("fan", "preview", "ok ♥"),
            List.of("eeprom", "read", "--bus", "sim", "--length", "32"),
            List.of("board"),
            List.of("sim", "status"),
            List.of("--help"));
    private static final String[] LINUX = {"io.i2ckit.core.linux.LinuxI2cBus", "io.i2ckit.core.linux.LibC",
            "io.i2ckit.core.linux.I2cDevStructs", "io.i2ckit.cli.tools.Launcher", "com.sun.jna.Native"};

    private Training() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Session session = new Session(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader("")), System.getenv(), BusEnvironment.system(), false);
        int failed = 0;
        for (List<String> command : COMMANDS) {
            failed += Main.run(session, command.toArray(String[]::new)) == 0 ? 0 : 1;
        }
        failed += Tool.DETECT.run(session, List.of("-y", "sim")) == 0 ? 0 : 1;
        failed += Tool.DUMP.run(session, List.of("-y", "sim", "0x50", "b")) == 0 ? 0 : 1;
        failed += Tool.GET.run(session, List.of("-y", "sim", "0x48", "0x00")) == 0 ? 0 : 1;
        for (String name : LINUX) {
            Class.forName(name, false, Training.class.getClassLoader());
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
