// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.engine.WarmHarness;
import io.i2ckit.cli.tools.I2cToolsVersion;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.kmodloader.CommandRunner;
import io.i2ckit.kmodloader.ModuleCalls;
import io.i2ckit.kmodloader.ModuleLoader;
import io.i2ckit.sim.SimStore;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line with captured streams, a fixture sysfs and a private simulated bus. */
public final class CliHarness {
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path root;
    private ModuleCalls moduleCalls;
    private CommandRunner moduleCommands;
    private Map<String, String> env;
    private java.io.OutputStream binaryOut;
    private boolean stdoutTerminal;

    public CliHarness(Path root) {
        this.root = root;
        this.env = Map.of("XDG_CONFIG_HOME", root.resolve("config").toString(), I2cToolsVersion.VARIABLE, "4.3");
    }

    public BusEnvironment buses() {
        return busesUnder(root);
    }

    private static BusEnvironment busesUnder(Path root) {
        return new BusEnvironment(root.resolve("dev"), root.resolve("sys"), root.resolve("lock"),
                java.util.Map.of(SimStore.DIR_VARIABLE, root.resolve("sim").toString()));
    }

    public Path simDir() {
        return root.resolve("sim");
    }

    /** Loads modules through {@code calls} (a mock of the kernel) with this root's proc, sys and lib/modules. */
    public CliHarness withModuleCalls(ModuleCalls calls, CommandRunner commands) {
        moduleCalls = calls;
        moduleCommands = commands;
        return this;
    }

    /**
     * Runs with these environment variables (say, I2CKIT_BACKUP_DIR under the test's folder), on
     * top of XDG_CONFIG_HOME under the test's folder, which every run has: a user's own font file
     * must not leak into a test; and the i2c-tools programs speak 4.3 unless told otherwise, not
     * whatever this machine has installed.
     */
    public CliHarness withEnv(Map<String, String> variables) {
        Map<String, String> all = new java.util.HashMap<>(variables);
        all.putIfAbsent("XDG_CONFIG_HOME", root.resolve("config").toString());
        all.putIfAbsent(I2cToolsVersion.VARIABLE, "4.3");
        env = Map.copyOf(all);
        return this;
    }

    /** Binary output goes to {@code out}, which counts as a terminal when {@code terminal}. */
    public CliHarness withBinaryOut(java.io.OutputStream out, boolean terminal) {
        binaryOut = out;
        stdoutTerminal = terminal;
        return this;
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    /**
     * Runs {@code args} with {@code stdin}: in this JVM, or warm through the engine and its native
     * client when the suite runs warm ({@link WarmHarness}); a mocked kernel and captured binary
     * output exist only in this JVM, so those runs stay here.
     */
    public Result runWithInput(String stdin, String... args) {
        if (WarmHarness.enabled() && moduleCalls == null && binaryOut == null) {
            WarmHarness.Outcome o = WarmHarness.run(root, CliHarness::busesUnder, env, stdin, args);
            if (o != null) {
                return new Result(o.code(), o.out(), o.err());
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = session(new PrintWriter(out), new PrintWriter(err), stdin);
        int code = Main.run(session, args);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@link #run}, the line parsed by picocli even where it need not be ({@link ToolCommands#direct}). */
    public Result runThroughPicocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.parseAndRun(session(new PrintWriter(out), new PrintWriter(err), ""), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A session as {@link #run} makes it, its output thrown away. */
    Session session(String stdin) {
        PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
        return session(nowhere, nowhere, stdin);
    }

    private Session session(PrintWriter out, PrintWriter err, String stdin) {
        Session session = new Session(out, err, new BufferedReader(new StringReader(stdin)), env, buses(), false);
        session.setBinaryOut(binaryOut, stdoutTerminal);
        if (moduleCalls != null) {
            session.setModules(new ModuleLoader(root, () -> moduleCalls, moduleCommands));
        }
        return session;
    }
}
