// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.tools.Tool;
import io.i2ckit.core.BusEnvironment;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Run commands one after another in this already started program: every i2ckit command "
                + "(without the word i2ckit) and the i2c-tools programs by their names (i2cget -y 1 0x50 0).",
                "Line editing, history and Tab completion on a terminal; 'time COMMAND' shows how long a command "
                        + "took; 'exit' or Ctrl-D ends it. Scripts are better served by 'i2ckit batch'."})
final class ShellCommand implements Callable<Integer> {
    private static final String PROMPT = "i2ckit> ";
    /** What {@link #execute} returns for 'exit': leave the shell. */
    private static final int LEAVE = -1;
    private Session session;

    ShellCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws IOException {
        if (!session.interactive()) {
            // lines from a pipe or a test: no terminal to edit on
            int n = 0;
            int last = 0;
            for (String line = session.in().readLine(); line != null; line = session.in().readLine()) {
                int code = execute(line, ++n, last);
                if (code == LEAVE) {
                    break;
                }
                last = code;
            }
            return last;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("i2ckit")
                    .completer(new ShellCompleter(session, Main.commandLine(session).getCommandSpec()))
                    .variable(LineReader.HISTORY_FILE, historyFile()).build();
            session.out().println("i2ckit shell: every i2ckit command and i2cget, i2cset... by name; Tab completes;"
                    + " 'time COMMAND' times one; exit or Ctrl-D ends");
            session.out().flush();
            int last = 0;
            for (int n = 1; ; n++) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException ctrlC) {
                    continue;
                } catch (EndOfFileException ctrlD) {
                    break;
                }
                int code = execute(line, n, last);
                if (code == LEAVE) {
                    break;
                }
                last = code;
            }
            return last;
        }
    }

    /** Runs one line and returns its exit status ({@code last} for an empty line), or {@link #LEAVE}. */
    private int execute(String line, int n, int last) {
        List<String> words;
        try {
            words = BatchCommand.words(line, n);
        } catch (CliException e) {
            session.err().println("Error: " + e.getMessage());
            session.err().flush();
            return e.exitCode();
        }
        if (words.isEmpty()) {
            return last;
        }
        if (words.get(0).equals("exit") || words.get(0).equals("quit")) {
            return LEAVE;
        }
        boolean timed = words.get(0).equals("time") && words.size() > 1;
        List<String> command = timed ? words.subList(1, words.size()) : words;
        long start = System.nanoTime();
        int code;
        Optional<Tool> tool = Tool.named(command.get(0));
        if (command.get(0).equals("shell")) {
            session.err().println("Error: already in the shell");
            code = ExitCode.USAGE;
        } else if (tool.isPresent()) {
            code = tool.get().run(session, command.subList(1, command.size()));
        } else {
            code = Main.run(session, command.toArray(String[]::new));
        }
        session.out().flush();
        if (timed) {
            session.err().printf("time: %.1f ms (exit %d)%n", (System.nanoTime() - start) / 1e6, code);
        }
        session.err().flush();
        return code;
    }

    private Path historyFile() {
        Path dir = BusEnvironment.stateDirectory(session.env());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return Path.of(System.getProperty("java.io.tmpdir"), "i2ckit-history");
        }
        return dir.resolve("history");
    }
}
