// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.VersionProvider;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The i2c-tools programs' option scan, in one place, as the release they speak
 * ({@link I2cToolsVersion}) does it. 4.3: options come first; each is an argument starting with
 * '-' of which only the letter after the dash counts (no bundling: {@code -fy} is {@code -f}; a
 * lone {@code -} or {@code --} is the letter '\0', so unknown); a letter that takes a value takes
 * the next argument (null when there is none); the scan stops at the first unknown letter or the
 * first argument without a dash. 4.4: GNU getopt's rules: options anywhere before {@code --}
 * (unless POSIXLY_CORRECT is set: then up to the first other argument), letters merged
 * ({@code -fy}), a value attached ({@code -r0-15}) or in the next argument, {@code -h} for the
 * usage. Either way the scan stops where the program would: at an unknown letter, a value
 * missing, or {@code -h}. The tools then read what was seen, in order.
 * One word beyond i2c-tools is known among the options: {@link #ALLOW_PROTECTED}, seen as the
 * letter {@link #PROTECTED}; {@code -f} keeps i2c-tools' one meaning (talk past a kernel driver).
 */
final class ToolArgs {
    /** One option as given: its letter, and its value for letters that take one. */
    record Flag(char letter, String value) {
    }

    /** Why the scan stopped before the end of the options: what the program says and exits with. */
    private enum Stop { UNKNOWN, NO_VALUE, HELP }

    /** Writes an address the board protects (its ID EEPROM, a PMIC, memory SPD): i2ckit's own option. */
    static final String ALLOW_PROTECTED = "--allow-protected";
    /** The letter {@link #ALLOW_PROTECTED} counts as: no i2c-tools program has it. */
    static final char PROTECTED = 'P';

    private final I2cToolsVersion version;
    private final List<Flag> flags;
    private final Stop stop;
    private final String stopAt;
    private final List<String> rest;

    private ToolArgs(I2cToolsVersion version, List<Flag> flags, Stop stop, String stopAt, List<String> rest) {
        this.version = version;
        this.flags = flags;
        this.stop = stop;
        this.stopAt = stopAt;
        this.rest = rest;
    }

    /** {@link #scan(List, String, String, I2cToolsVersion, boolean)} as the session's i2c-tools release does it. */
    static ToolArgs scan(io.i2ckit.cli.Session s, List<String> argv, String letters, String withValue) {
        return scan(argv, letters, withValue, s.i2cTools(), s.env().containsKey("POSIXLY_CORRECT"));
    }

    /**
     * @param letters the option letters the program knows (4.4 adds {@code h})
     * @param withValue those of them that take a value
     * @param posixly POSIXLY_CORRECT is set: 4.4's getopt stops at the first argument that is no option
     */
    static ToolArgs scan(List<String> argv, String letters, String withValue, I2cToolsVersion version,
                         boolean posixly) {
        return version == I2cToolsVersion.V4_3 ? scan43(argv, letters, withValue)
                : scan44(argv, letters, withValue, posixly);
    }

    private static ToolArgs scan43(List<String> argv, String letters, String withValue) {
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
                return new ToolArgs(I2cToolsVersion.V4_3, flags, Stop.UNKNOWN, opt, List.of());
            }
            String value = null;
            if (withValue.indexOf(letter) >= 0) {
                i++;
                value = i < argv.size() ? argv.get(i) : null;
            }
            flags.add(new Flag(letter, value));
        }
        return new ToolArgs(I2cToolsVersion.V4_3, flags, null, null, argv.subList(Math.min(i, argv.size()), argv.size()));
    }

    private static ToolArgs scan44(List<String> argv, String letters, String withValue, boolean posixly) {
        List<Flag> flags = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.equals("--")) {
                rest.addAll(argv.subList(i + 1, argv.size()));
                break;
            }
            if (arg.equals(ALLOW_PROTECTED)) {
                flags.add(new Flag(PROTECTED, null));
                continue;
            }
            if (!arg.startsWith("-") || arg.length() == 1) {
                if (posixly) {
                    rest.addAll(argv.subList(i, argv.size()));
                    break;
                }
                rest.add(arg); // getopt moves it after the options
                continue;
            }
            for (int j = 1; j < arg.length(); j++) {
                char letter = arg.charAt(j);
                if (letter == 'h') {
                    return new ToolArgs(I2cToolsVersion.V4_4, flags, Stop.HELP, "h", List.of());
                }
                if (letters.indexOf(letter) < 0) {
                    return new ToolArgs(I2cToolsVersion.V4_4, flags, Stop.UNKNOWN, String.valueOf(letter), List.of());
                }
                if (withValue.indexOf(letter) < 0) {
                    flags.add(new Flag(letter, null));
                    continue;
                }
                if (j + 1 < arg.length()) {
                    flags.add(new Flag(letter, arg.substring(j + 1)));
                } else if (i + 1 < argv.size()) {
                    flags.add(new Flag(letter, argv.get(++i)));
                } else {
                    return new ToolArgs(I2cToolsVersion.V4_4, flags, Stop.NO_VALUE, String.valueOf(letter), List.of());
                }
                break;
            }
        }
        return new ToolArgs(I2cToolsVersion.V4_4, flags, null, null, List.copyOf(rest));
    }

    /** The i2c-tools release this line was read as. */
    I2cToolsVersion version() {
        return version;
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

    /** The arguments after the options. */
    List<String> rest() {
        return rest;
    }

    /**
     * What every program does first: an unknown option (or, in 4.4, a missing value) is an error
     * followed by the usage ({@code usage} prints it and gives the exit status); 4.4's -h prints
     * the usage and exits 0; -V prints the version; null when the program goes on.
     */
    Integer stopEarly(PrintWriter err, String program, java.util.function.IntSupplier usage) {
        if (stop == Stop.HELP) {
            usage.getAsInt();
            return 0;
        }
        if (stop == Stop.UNKNOWN && version == I2cToolsVersion.V4_3) {
            err.printf("Error: Unsupported option \"%s\"!%n", stopAt);
            return usage.getAsInt();
        }
        if (stop != null) {
            // glibc's getopt, which names the program as it was called
            err.printf("%s: %s -- '%s'%n", program, stop == Stop.UNKNOWN ? "invalid option" : "option requires an argument",
                    stopAt);
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
        ToolArgs args = scan(s, argv, letters, withValue);
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

    /** The -V line, on stderr as i2c-tools prints it. */
    static void printVersion(PrintWriter err, String program) {
        err.println(program + " version " + VersionProvider.version() + " (i2ckit)");
    }
}
