// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.tools.Tool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run many get, set, dump, transfer and detect lines in one process, each with the arguments "
                + "of its i2c-tools program; buses stay open between lines. Lines never prompt (as with -y). "
                + "Blank lines and # comments are skipped.",
                "Stops at the first failing line, naming it, unless --keep-going."})
final class BatchCommand implements java.util.concurrent.Callable<Integer> {
    private Session session;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "The script; '-' or none reads stdin.")
    String file;

    @Option(names = "--keep-going", description = "Run every line; exit 1 at the end if any failed.")
    boolean keepGoing;

    @Option(names = "--ack-poll", paramLabel = "MS", defaultValue = "25",
            description = "Retry, for up to MS milliseconds, a transaction that a chip this batch has written to "
                    + "does not acknowledge, as an EEPROM does during its write cycle (any of 0x50-0x57 once one was "
                    + "written; a transfer only when all its messages go to that chip). A chip never written to "
                    + "that does not answer fails at once. Default ${DEFAULT-VALUE}; 0 turns it off; scans (detect) "
                    + "never retry.")
    long ackPollMillis;

    BatchCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (ackPollMillis < 0 || ackPollMillis > 10_000) {
            throw CliException.usage("--ack-poll " + ackPollMillis + " out of range (0-10000 ms)");
        }
        List<String> lines = read();
        // every line is checked before any runs: a bad line 40 must not leave lines 1-39 done
        List<List<String>> parsed = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            List<String> words = words(lines.get(n - 1), n);
            if (!words.isEmpty() && Tool.named(words.get(0)).isEmpty()) {
                throw CliException.usage("line " + n + ": unknown command '" + words.get(0)
                        + "': use get, set, dump, transfer or detect");
            }
            parsed.add(words);
        }
        int failures = 0;
        int firstFailure = 0;
        int worst = ExitCode.OK;
        try {
            for (int n = 1; n <= lines.size(); n++) {
                List<String> words = parsed.get(n - 1);
                if (words.isEmpty()) {
                    continue;
                }
                Optional<Tool> tool = Tool.named(words.get(0));
                // a scan expects silence at most addresses: polling it would only slow it down
                session.keepBusesOpen(tool.get() == Tool.DETECT ? Duration.ZERO : Duration.ofMillis(ackPollMillis));
                List<String> argv = new ArrayList<>();
                argv.add("-y");
                argv.addAll(words.subList(1, words.size()));
                int code = tool.get().run(session, argv);
                if (code != ExitCode.OK) {
                    failures++;
                    firstFailure = firstFailure == 0 ? n : firstFailure;
                    worst = Math.max(worst, code);
                    if (!keepGoing) {
                        // the line's own Error line came first: this one only says where, so one failure is one Error
                        session.err().printf("batch: stopped at line %d (exit %d): %s%n", n, code, lines.get(n - 1).trim());
                        return code;
                    }
                }
            }
        } finally {
            session.closeKeptBuses();
        }
        if (failures > 0) {
            session.err().printf("batch: %d of the lines failed, the first on line %d%n", failures, firstFailure);
        }
        return worst;
    }

    private List<String> read() {
        try {
            if (file == null || file.equals("-")) {
                List<String> lines = new ArrayList<>();
                BufferedReader in = session.in();
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    lines.add(l);
                }
                return lines;
            }
            return Files.readAllLines(session.path(file));
        } catch (NoSuchFileException e) {
            throw CliException.usage("batch file " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read batch file " + file, e);
        }
    }

    /** Splits a line into words: white space separates, quotes group, # starts a comment. */
    static List<String> words(String line, int number) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '#' && word == null) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw CliException.usage("line " + number + ": unterminated " + quote + " quote");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
