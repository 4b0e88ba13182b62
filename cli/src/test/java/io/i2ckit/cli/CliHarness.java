// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.core.BusEnvironment;

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

    public CliHarness(Path root) {
        this.root = root;
    }

    public BusEnvironment buses() {
        return new BusEnvironment(root.resolve("dev"), root.resolve("sys"), root.resolve("lock"), root.resolve("sim"));
    }

    public Path simDir() {
        return root.resolve("sim");
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    public Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin)), Map.of(), buses(), false);
        int code = Main.run(session, args);
        return new Result(code, out.toString(), err.toString());
    }
}
