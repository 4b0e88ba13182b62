// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.VersionProvider;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The i2c-tools programs' option scan, in one place: options come first; each is an argument
 * starting with '-' of which only the letter after the dash counts (no bundling: {@code -fy} is
 * {@code -f}; a lone {@code -} or {@code --} is the letter '\0', so unknown); a letter that takes
 * a value takes the next argument (null when there is none); the scan stops at the first unknown
 * letter or the first argument without a dash. The tools then read what was seen, in order.
 * One word beyond i2c-tools is known among the options: {@link #ALLOW_PROTECTED}, seen as the
 * letter {@link #PROTECTED}; {@code -f} keeps i2c-tools' one meaning (talk past a kernel driver).
 */
final class ToolArgs {
    /** One option as given: its letter, and its value for letters that take one. */
    record Flag(char letter, String value) {
    }

    /** Writes an address the board protects (its ID EEPROM, a PMIC, memory SPD): i2ckit's own option. */
    static final String ALLOW_PROTECTED = "--allow-protected";
    /** The letter {@link #ALLOW_PROTECTED} counts as: no i2c-tools program has it. */
    static final char PROTECTED = 'P';

    private final List<Flag> flags;
    private final String unknown;
    private final List<String> rest;

    private ToolArgs(List<Flag> flags, String unknown, List<String> rest) {
        this.flags = flags;
        this.unknown = unknown;
        this.rest = rest;
    }

    /**
     * @param letters the option letters the program knows
     * @param withValue those of them that take the next argument as their value
     */
    static ToolArgs scan(List<String> argv, String letters, String withValue) {
        List<Flag> flags = new ArrayList<>();
        int i = 0;
        for (; i < argv.size() && argv.get(i).startsWith("-"); i++) {
            String opt = argv.get(i);
            if (opt.equals(ALLOW_PROTECTED)) {
                flags.add(new Flag(PROTECTED, null));
                continue;
            }
            char letter = opt.length() > 1 ? opt.charAt(1) : '\0';
            if (letter == '\0' || letters.indexOf(letter) < 0) {
                return new ToolArgs(flags, opt, List.of());
            }
            String value = null;
            if (withValue.indexOf(letter) >= 0) {
                i++;
                value = i < argv.size() ? argv.get(i) : null;
            }
            flags.add(new Flag(letter, value));
        }
        return new ToolArgs(flags, null, argv.subList(Math.min(i, argv.size()), argv.size()));
    }

    /** The options seen, in order, up to an unknown one. */
    List<Flag> flags() {
        return flags;
    }

    boolean has(char letter) {
        return flags.stream().anyMatch(f -> f.letter() == letter);
    }

    /** The value of the last {@code letter} given: null when it had none (i2cdump's -r). */
    String value(char letter) {
        String v = null;
        for (Flag f : flags) {
            if (f.letter() == letter) {
                v = f.value();
            }
        }
        return v;
    }

    /** The last value any {@code letter} had: a later one without a value keeps it (i2cset's -m). */
    String lastValue(char letter) {
        String v = null;
        for (Flag f : flags) {
            if (f.letter() == letter && f.value() != null) {
                v = f.value();
            }
        }
        return v;
    }

    /** The first unknown option, as given, or null. */
    String unknown() {
        return unknown;
    }

    /** The arguments after the options. */
    List<String> rest() {
        return rest;
    }

    /**
     * What every program does first: an unknown option is an error followed by the usage
     * ({@code usage} prints it and gives the exit status), -V prints the version; null when the
     * program goes on.
     */
    Integer stopEarly(PrintWriter err, String program, java.util.function.IntSupplier usage) {
        if (unknown != null) {
            unsupported(err, unknown);
            return usage.getAsInt();
        }
        if (has('V')) {
            printVersion(err, program);
            return 0;
        }
        return null;
    }

    /** Where a chip program stands after its first steps: the options and the chip, or its exit status. */
    record Start(ToolArgs args, ToolSupport.Chip chip, Integer exit) {
    }

    /**
     * The first steps of i2cget and i2cset: the options, unknown ones and -V, at least
     * {@code minArgs} arguments after them (else the usage), then the bus and chip address.
     */
    static Start chipProgram(io.i2ckit.cli.Session s, List<String> argv, String program, String letters,
                             String withValue, int minArgs, java.util.function.IntSupplier usage) {
        ToolArgs args = scan(argv, letters, withValue);
        Integer stop = args.stopEarly(s.err(), program, usage);
        if (stop != null) {
            return new Start(args, null, stop);
        }
        if (args.rest().size() < minArgs) {
            return new Start(args, null, usage.getAsInt());
        }
        ToolSupport.Chip chip = ToolSupport.chip(s, args.rest(), args.has('a'));
        return new Start(args, chip, chip == null ? usage.getAsInt() : null);
    }

    /** i2c-tools' line for an unknown option. */
    static void unsupported(PrintWriter err, String option) {
        err.printf("Error: Unsupported option \"%s\"!%n", option);
    }

    /** The -V line, on stderr as i2c-tools prints it. */
    static void printVersion(PrintWriter err, String program) {
        err.println(program + " version " + VersionProvider.version() + " (i2ckit)");
    }
}
