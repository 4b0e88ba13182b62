// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.I2cException;
import io.i2ckit.core.NoSuchBusException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one error policy of i2ckit's commands, the drop-ins and the shell: every failure is one
 * {@code Error: ...} line on stderr (control characters escaped) and an {@link ExitCode}: 2 for
 * a wrong command line or a value a user gave, 1 for device, bus and file failures (a broken
 * configuration file names itself and its line), 70 for a defect of i2ckit. The stack trace
 * appears only with {@code --stacktrace} (or {@code I2CKIT_STACKTRACE=1}).
 */
public final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private final Session session;

    public ErrorReporter(Session session) {
        this.session = session;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        String command = spec.qualifiedName();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !spec.subcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            message = CommandNames.unknown(u.getUnmatched().get(0), spec.subcommands().keySet());
        }
        session.err().println("Error: " + oneLine(message) + " (see '" + command + " --help')");
        if (session.stacktrace()) {
            e.printStackTrace(session.err());
        }
        session.err().flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(e);
    }

    /** Prints {@code e} as the policy says and returns its exit status. */
    public int report(Throwable e) {
        int code;
        String message;
        if (e instanceof CommandLine.ParameterException pe) {
            return handleParseException(pe, new String[0]);
        } else if (e instanceof CliException c) {
            code = c.exitCode();
            message = c.getMessage();
        } else if (e instanceof NoSuchBusException n
                && n.reason() == NoSuchBusException.Reason.OTHER_BOARDS_NAME) {
            code = ExitCode.USAGE; // a name typed for another board: the words, not the machine, are wrong
            message = e.getMessage();
        } else if (e instanceof I2cException) {
            code = ExitCode.DEVICE;
            message = e.getMessage();
        } else if (e instanceof io.i2ckit.core.ConfigFileException) {
            code = ExitCode.DEVICE;
            message = e.getMessage();
        } else if (e instanceof NumberFormatException) {
            // a number nobody checked: Java's "For input string" would tell a user nothing
            code = ExitCode.INTERNAL;
            message = "internal error (" + e + "); run again with --stacktrace and report it";
        } else if (e instanceof IllegalArgumentException || e instanceof io.i2ckit.povfan.FanFormatException) {
            code = ExitCode.USAGE;
            message = e.getMessage();
        } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            code = ExitCode.DEVICE;
            Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
            message = (e instanceof UncheckedIOException ? e.getMessage() + ": " : "") + describe(io);
        } else {
            code = ExitCode.INTERNAL;
            message = "internal error (" + e + "); run again with --stacktrace and report it";
        }
        session.err().println("Error: " + oneLine(message));
        if (session.stacktrace()) {
            e.printStackTrace(session.err());
        }
        session.err().flush();
        return code;
    }

    /**
     * The message on one line whatever a user typed into it: control characters (a newline in a
     * bus name, say) are shown as escapes.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(message.length());
        message.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp)) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String describe(Throwable io) {
        if (io instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (io instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        return io.getMessage() == null ? io.toString() : io.getMessage();
    }
}
