// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.fan.MessageArguments;
import io.i2ckit.cli.tools.Tool;
import io.i2ckit.core.BusEnvironment;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code i2ckit} command: the only place that exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(systemSession(), args));
    }

    /** A session on the process's own streams and environment. */
    public static Session systemSession() {
        Charset cs = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, cs));
        Session session = new Session(out, err, in, System.getenv(), BusEnvironment.system(), System.console() != null);
        // Java 17 cannot ask whether stdout alone is a terminal: the launcher, which can, says so
        String tty = System.getenv("I2CKIT_STDOUT_TTY");
        session.setBinaryOut(System.out, tty == null ? System.console() != null : tty.equals("1"));
        return session;
    }

    /** Runs the command line {@code args} in {@code session} and returns the exit status. */
    public static int run(Session session, String... args) {
        Optional<Tool> tool = ToolCommands.direct(args);
        if (tool.isPresent()) {
            return runTool(session, tool.get(), Arrays.asList(args).subList(1, args.length));
        }
        return parseAndRun(session, args);
    }

    /** A tool subcommand picocli need not parse ({@link ToolCommands#direct}), under the same error policy. */
    private static int runTool(Session session, Tool tool, List<String> args) {
        int code;
        try {
            code = ToolCommands.run(session, tool, args);
        } catch (RuntimeException e) {
            code = new ErrorReporter(session).report(e);
        }
        session.out().flush();
        session.err().flush();
        return code;
    }

    /** {@link #run}, every line through picocli (tests: the two ways agree). */
    static int parseAndRun(Session session, String... args) {
        java.util.Set<String> shape = needed(args);
        CommandModels.Model model = CommandModels.take(shape, session, s -> commandLine(s, shape));
        CommandLine cl = model.line();
        String word = commandWord(args);
        if (word != null && !I2ckitCommand.SUBCOMMANDS.containsKey(word)) {
            // picocli would skip the word and run whatever later word names a command ('sim' in a bus name)
            CommandModels.giveBack(model);
            return new ErrorReporter(session).report(new CommandLine.ParameterException(cl,
                    CommandNames.unknown(word, I2ckitCommand.SUBCOMMANDS.keySet())));
        }
        int code;
        try {
            code = cl.execute(MessageArguments.separate(cl, args));
            CommandModels.giveBack(model); // only a tree whose command ended normally is used again
        } catch (RuntimeException e) {
            code = new ErrorReporter(session).report(e);
        }
        session.out().flush();
        session.err().flush();
        return code;
    }

    /** The whole command tree for {@code session}, as it runs; the build also generates completion and man pages from it. */
    public static CommandLine commandLine(Session session) {
        return commandLine(session, I2ckitCommand.SUBCOMMANDS.keySet());
    }

    /**
     * The subcommands {@code args} can reach: the one it names, none for a bare --version, else
     * all (help, usage errors and 'help' list them).
     */
    static java.util.Set<String> needed(String... args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--sim-dir")) {
                i++; // its value
            } else if (a.equals("-V") || a.equals("--version")) {
                version = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                return I2ckitCommand.SUBCOMMANDS.keySet();
            } else if (!a.startsWith("-")) {
                return I2ckitCommand.SUBCOMMANDS.containsKey(a) && !a.equals("help") ? java.util.Set.of(a)
                        : I2ckitCommand.SUBCOMMANDS.keySet();
            }
        }
        return version ? java.util.Set.of() : I2ckitCommand.SUBCOMMANDS.keySet();
    }

    /** The first word that is neither a top-level option nor its value: the command, or null. */
    static String commandWord(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--sim-dir")) {
                i++;
            } else if (a.equals("--")) {
                return i + 1 < args.length ? args[i + 1] : null;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    private static CommandLine commandLine(Session session, java.util.Set<String> subcommands) {
        SessionFactory factory = new SessionFactory(session);
        CommandLine cl = new CommandLine(new I2ckitCommand(session), factory);
        I2ckitCommand.SUBCOMMANDS.forEach((name, type) -> {
            if (subcommands.contains(name)) {
                cl.addSubcommand(name, type);
            }
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExpandAtFiles(false); // '@' belongs to i2ctransfer's w1@0x50, not to argument files
        for (String tool : new String[] {"detect", "dump", "get", "set", "transfer"}) {
            // hand "-y", "-r 0x00-0x0f" and friends to the tool's own i2c-tools parser
            if (cl.getSubcommands().containsKey(tool)) {
                cl.getSubcommands().get(tool).setUnmatchedOptionsArePositionalParams(true);
            }
        }
        everyVersionOption(cl);
        attach(cl, session);
        return cl;
    }

    /** Points the tree's streams, error handlers and path converter (every path is the request's) at {@code session}. */
    static void attach(CommandLine cl, Session session) {
        ErrorReporter reporter = new ErrorReporter(session);
        cl.setOut(session.out());
        cl.setErr(session.err());
        cl.setParameterExceptionHandler(reporter);
        cl.setExecutionExceptionHandler(reporter);
        cl.registerConverter(java.nio.file.Path.class, session::path);
    }

    /** Lets go of the last request's streams and session: a kept tree must not hold them, nor run unbound. */
    static void detach(CommandLine cl) {
        PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
        cl.setOut(nowhere);
        cl.setErr(nowhere);
        cl.setParameterExceptionHandler((e, args) -> {
            throw new IllegalStateException("a kept command tree ran without a request", e);
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            throw new IllegalStateException("a kept command tree ran without a request", e);
        });
        cl.registerConverter(java.nio.file.Path.class, typed -> {
            throw new IllegalStateException("a kept command tree ran without a request");
        });
    }

    /** Every command's help lists -V, --version: each prints the version, not only the top one. */
    private static void everyVersionOption(CommandLine cl) {
        if (cl.getCommandSpec().versionProvider() == null) {
            cl.getCommandSpec().versionProvider(new VersionProvider());
        }
        cl.getSubcommands().values().forEach(Main::everyVersionOption);
    }

    /** Builds commands that take the {@link Session} in their constructor. */
    private record SessionFactory(Session session) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            java.lang.reflect.Constructor<K> constructor;
            try {
                constructor = cls.getDeclaredConstructor(Session.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
            constructor.setAccessible(true); // commands are package-private: only picocli builds them
            return constructor.newInstance(session);
        }
    }
}
