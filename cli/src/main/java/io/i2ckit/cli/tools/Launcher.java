// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.ErrorReporter;
import io.i2ckit.cli.ExitCode;
import io.i2ckit.cli.Main;
import io.i2ckit.cli.Session;

import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point of the drop-in launchers ({@code i2cdetect}, {@code i2cdump}, ...): the first
 * argument names the program, the rest is passed on untouched, so scripts written for i2c-tools
 * run unchanged.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Session session = Main.systemSession();
        session.setLoadsModules(false); // as i2c-tools: a missing i2c-dev is reported, never loaded
        System.exit(run(session, args));
    }

    /** Runs the program {@code args[0]} names with the rest of {@code args}; returns its exit status. */
    public static int run(Session session, String... args) {
        Optional<Tool> tool = args.length == 0 ? Optional.empty() : Tool.named(args[0]);
        if (tool.isEmpty()) {
            session.err().println("Error: the launcher needs a program name first: i2cdetect, i2cdump, i2cget, "
                    + "i2cset or i2ctransfer");
            session.err().flush();
            return ExitCode.USAGE;
        }
        int code;
        try {
            code = tool.get().run(session, Arrays.asList(args).subList(1, args.length));
        } catch (RuntimeException e) {
            code = new ErrorReporter(session).report(e); // the same policy as i2ckit's commands
        }
        session.out().flush();
        session.err().flush();
        return code;
    }
}
