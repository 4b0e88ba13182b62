// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The i2c-tools-compatible programs, by their i2c-tools and i2ckit names. */
public enum Tool {
    DETECT("i2cdetect", Detect.USAGE),
    DUMP("i2cdump", Dump.USAGE),
    GET("i2cget", Get.USAGE),
    SET("i2cset", Set.USAGE),
    TRANSFER("i2ctransfer", Transfer.USAGE);

    private final String program;
    private final String usage;

    Tool(String program, String usage) {
        this.program = program;
        this.usage = usage;
    }

    /** The i2c-tools program name, such as "i2cdump". */
    public String program() {
        return program;
    }

    /** The i2ckit subcommand name, such as "dump". */
    public String command() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usage the release {@code version} prints (i2cdump's and i2ctransfer's changed in 4.4). */
    public String usage(I2cToolsVersion version) {
        return switch (this) {
            case DUMP -> Dump.usage(version);
            case TRANSFER -> Transfer.usage(version);
            default -> usage;
        };
    }

    /** The tool called {@code name}, as a program ("i2cset") or subcommand ("set"). */
    public static Optional<Tool> named(String name) {
        for (Tool t : values()) {
            if (t.program.equals(name) || t.command().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Runs the tool on {@code argv} (without the program name), exactly as i2c-tools parses it. */
    public int run(Session session, List<String> argv) {
        return switch (this) {
            case DETECT -> Detect.run(session, argv);
            case DUMP -> Dump.run(session, argv);
            case GET -> Get.run(session, argv);
            case SET -> Set.run(session, argv);
            case TRANSFER -> Transfer.run(session, argv);
        };
    }
}
