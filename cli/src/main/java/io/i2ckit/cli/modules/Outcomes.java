// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.CliException;
import io.i2ckit.kmodloader.CommandNotRunException;
import io.i2ckit.kmodloader.Outcome;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/** Prints what the loader did, one line a module, and words its refusals for the command line. */
final class Outcomes {
    private Outcomes() {
    }

    static void print(PrintWriter out, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            out.println(o.module() + ": " + o.action().words() + (o.detail().isEmpty() ? "" : " " + o.detail()));
        }
    }

    /** Runs {@code work}, turning a modprobe.d command that may not run into the hint to allow it. */
    static List<Outcome> allowingCommands(Supplier<List<Outcome>> work) {
        try {
            return work.get();
        } catch (CommandNotRunException e) {
            throw CliException.device(e.detail() + ": read it, then run again with --run-commands to let it run "
                    + "(or --dry-run to see the whole plan)");
        }
    }
}
