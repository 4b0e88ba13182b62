// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.tools.Tool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The i2c-tools-compatible subcommands. picocli hands them their arguments untouched, and each
 * parses them exactly as its i2c-tools program does; {@code --help} alone prints its usage.
 */
final class ToolCommands {
    private ToolCommands() {
    }

    abstract static class ToolCommand implements Callable<Integer> {
        private Session session;
        private final Tool tool;

        @Parameters(paramLabel = "ARGS", description = "Exactly the arguments of the i2c-tools program, "
                + "as the release installed here reads them (I2CKIT_I2C_TOOLS=4.3 or 4.4 chooses).")
        List<String> args = new ArrayList<>();

        ToolCommand(Session session, Tool tool) {
            this.session = session;
            this.tool = tool;
        }

        @Override
        public Integer call() {
            return run(session, tool, args);
        }
    }

    /** What a tool subcommand does with its arguments: {@code --help} alone prints the usage, else the tool parses them. */
    static int run(Session session, Tool tool, List<String> args) {
        if (args.size() == 1 && args.get(0).equals("--help")) {
            session.out().print(tool.usage(session.i2cTools()));
            return ExitCode.OK;
        }
        return tool.run(session, args);
    }

    /**
     * The tool of a command line that needs nothing of picocli: a tool subcommand first, and no
     * word after it that picocli would take ({@code --stacktrace}, which every command inherits,
     * or {@code --}, the end of options). picocli hands such a line's words to the tool untouched
     * anyway, and parsing it costs more than the tool's work (3 ms a get in the one-vCPU guest).
     */
    static Optional<Tool> direct(String... args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        Optional<Tool> tool = switch (args[0]) {
            case "detect" -> Optional.of(Tool.DETECT);
            case "dump" -> Optional.of(Tool.DUMP);
            case "get" -> Optional.of(Tool.GET);
            case "set" -> Optional.of(Tool.SET);
            case "transfer" -> Optional.of(Tool.TRANSFER);
            default -> Optional.empty();
        };
        for (int i = 1; i < args.length && tool.isPresent(); i++) {
            if (args[i].equals("--") || args[i].startsWith("--stacktrace")) {
                return Optional.empty();
            }
        }
        return tool;
    }

    @Command(name = "detect", description = "Scan a bus for chips, list buses (-l) or show what an adapter can do "
            + "(-F); the arguments of i2cdetect.")
    static final class Detect extends ToolCommand {
        Detect(Session session) {
            super(session, Tool.DETECT);
        }
    }

    @Command(name = "dump", description = "Print every register of a chip; the arguments of i2cdump.")
    static final class Dump extends ToolCommand {
        Dump(Session session) {
            super(session, Tool.DUMP);
        }
    }

    @Command(name = "get", description = "Read a register, word or block; the arguments of i2cget.")
    static final class Get extends ToolCommand {
        Get(Session session) {
            super(session, Tool.GET);
        }
    }

    @Command(name = "set", description = "Write a register, word or block; the arguments of i2cset. A failed or "
            + "mismatching readback (-r) exits 1.")
    static final class Set extends ToolCommand {
        Set(Session session) {
            super(session, Tool.SET);
        }
    }

    @Command(name = "transfer", description = "Send combined read/write messages; the arguments of i2ctransfer.")
    static final class Transfer extends ToolCommand {
        Transfer(Session session) {
            super(session, Tool.TRANSFER);
        }
    }
}
