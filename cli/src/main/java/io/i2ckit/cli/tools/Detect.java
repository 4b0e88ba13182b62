// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.core.AdapterInfo;
import io.i2ckit.core.BusyException;
import io.i2ckit.core.Capability;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.Probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** {@code i2cdetect}: scan a bus for chips, list buses, or show an adapter's functionality. */
public final class Detect {
    static final String USAGE = """
            Usage: i2cdetect [-y] [-a] [-q|-r] I2CBUS [FIRST LAST]
                   i2cdetect -F I2CBUS
                   i2cdetect -l
              I2CBUS is an integer or an I2C bus name
              If provided, FIRST and LAST limit the probing range.
            """;

    /** The capabilities i2cdetect 4.3 lists with -F, in its order. */
    static final List<Capability> LISTED = List.of(Capability.I2C, Capability.SMBUS_QUICK, Capability.SMBUS_SEND_BYTE,
            Capability.SMBUS_RECEIVE_BYTE, Capability.SMBUS_WRITE_BYTE, Capability.SMBUS_READ_BYTE,
            Capability.SMBUS_WRITE_WORD, Capability.SMBUS_READ_WORD, Capability.SMBUS_PROCESS_CALL,
            Capability.SMBUS_BLOCK_WRITE, Capability.SMBUS_BLOCK_READ, Capability.SMBUS_BLOCK_PROCESS_CALL,
            Capability.SMBUS_PEC, Capability.I2C_BLOCK_WRITE, Capability.I2C_BLOCK_READ);

    /** 4.4 lists three more after them. */
    static final List<Capability> LISTED_44 = java.util.stream.Stream.concat(LISTED.stream(),
            java.util.stream.Stream.of(Capability.SMBUS_HOST_NOTIFY, Capability.TEN_BIT_ADDRESSING,
                    Capability.TARGET_MODE)).toList();

    private enum Mode { AUTO, QUICK, READ, FUNC }

    private Detect() {
    }

    public static int run(Session s, List<String> argv) {
        PrintWriter err = s.err();
        Mode mode = Mode.AUTO;
        int first = 0x08;
        int last = 0x77;
        ToolArgs args = ToolArgs.scan(s, argv, "VylFrqa", "");
        // i2cdetect judges the options one by one: conflicting modes are named before a later
        // unknown option is
        for (ToolArgs.Flag f : args.flags()) {
            switch (f.letter()) {
                case 'F' -> {
                    if (mode != Mode.AUTO && mode != Mode.FUNC) {
                        return differentModes(err);
                    }
                    mode = Mode.FUNC;
                }
                case 'r' -> {
                    if (mode == Mode.QUICK) {
                        return differentModes(err);
                    }
                    mode = Mode.READ;
                }
                case 'q' -> {
                    if (mode == Mode.READ) {
                        return differentModes(err);
                    }
                    mode = Mode.QUICK;
                }
                case 'a' -> {
                    first = 0x00;
                    last = 0x7f;
                }
                default -> {
                    // V, y, l: read below
                }
            }
        }
        Integer stop = args.stopEarly(err, "i2cdetect", () -> help(err));
        if (stop != null) {
            return stop;
        }
        boolean yes = args.has('y');
        if (args.has('l')) {
            listBuses(s);
            return 0;
        }
        List<String> rest = args.rest();
        String busArg = ToolSupport.busArgument(s, rest);
        if (busArg == null) {
            return help(err);
        }
        if (rest.size() == 3 && mode != Mode.FUNC) {
            int[] range = {first, last};
            for (int k = 0; k < 2; k++) {
                String which = k == 0 ? "FIRST" : "LAST";
                String arg = rest.get(1 + k);
                CNumber n = CNumber.strtol(arg);
                if (n.end() != arg.length()) {
                    // 4.4 mended the word
                    err.printf("Error: %s %s not a number!%n", which,
                            args.version() == I2cToolsVersion.V4_3 ? "argment" : "argument");
                    return help(err);
                }
                int lo = k == 0 ? first : range[0];
                if (n.value() < lo || n.value() > last) {
                    err.printf("Error: %s argument out of range (0x%02x-0x%02x)!%n", which, lo, last);
                    return help(err);
                }
                range[k] = (int) n.value();
            }
            first = range[0];
            last = range[1];
        } else if (rest.size() != 1) {
            return help(err);
        }

        try (I2cBus bus = ToolSupport.open(s, busArg)) {
            if (bus == null) {
                return 1;
            }
            return scan(s, bus, mode, first, last, yes, args.version());
        }
    }

    private static int scan(Session s, I2cBus bus, Mode mode, int first, int last, boolean yes,
                            I2cToolsVersion version) {
        PrintWriter err = s.err();
        PrintWriter out = s.out();
        Functionality f = bus.functionality();
        if (mode == Mode.FUNC) {
            out.printf("Functionalities implemented by %s:%n", bus.devicePath());
            for (Capability c : version == I2cToolsVersion.V4_3 ? LISTED : LISTED_44) {
                out.printf("%-32s %s%n", c.displayName(), f.has(c) ? "yes" : "no");
            }
            return 0;
        }
        boolean quick = f.has(Capability.SMBUS_QUICK);
        boolean receive = f.has(Capability.SMBUS_RECEIVE_BYTE);
        if (!quick && !receive) {
            err.println("Error: Bus doesn't support detection commands");
            return 1;
        }
        if (mode == Mode.QUICK && !quick) {
            err.println("Error: Can't use SMBus Quick Write command on this bus");
            return 1;
        }
        if (mode == Mode.READ && !receive) {
            err.println("Error: Can't use SMBus Receive Byte command on this bus");
            return 1;
        }
        if (mode == Mode.AUTO) {
            if (!quick) {
                err.println("Warning: Can't use SMBus Quick Write command, will skip some addresses");
            }
            if (!receive) {
                err.println("Warning: Can't use SMBus Receive Byte command, will skip some addresses");
            }
        }
        if (!yes) {
            err.println("WARNING! This program can confuse your I2C bus, cause data loss and worse!");
            err.printf("I will probe file %s%s.%n", bus.devicePath(),
                    mode == Mode.QUICK ? " using quick write commands"
                            : mode == Mode.READ ? " using receive byte commands" : "");
            err.printf("I will probe address range 0x%02x-0x%02x.%n", first, last);
            if (!ToolSupport.proceed(s, "Y/n", () -> continueScan(s))) {
                return 0;
            }
        }

        out.println("     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f");
        for (int row = 0; row < 128; row += 16) {
            out.print(Hex.digits(row, 2) + ": ");
            for (int col = 0; col < 16; col++) {
                int a = row + col;
                Mode probe = mode != Mode.AUTO ? mode
                        : Probe.usual(a) == Probe.Method.RECEIVE_BYTE ? Mode.READ : Mode.QUICK;
                if (a < first || a > last || (probe == Mode.READ && !receive) || (probe == Mode.QUICK && !quick)) {
                    out.print("   ");
                    continue;
                }
                I2cDevice dev;
                try {
                    dev = bus.device(a);
                } catch (BusyException e) {
                    out.print("UU ");
                    continue;
                } catch (I2cException e) {
                    out.flush();
                    err.printf("Error: Could not set address to 0x%02x: %s%n", a, e.detail());
                    return 1;
                }
                out.print(probe(dev, probe) ? Hex.digits(a, 2) + " " : "-- ");
            }
            out.println();
            out.flush();
        }
        return 0;
    }

    private static boolean probe(I2cDevice dev, Mode mode) {
        return Probe.answers(dev, mode == Mode.READ ? Probe.Method.RECEIVE_BYTE : Probe.Method.QUICK_WRITE);
    }

    /** i2cdetect's own answer rule: Enter, y or Y continues; anything else, or nothing, aborts. */
    private static boolean continueScan(Session s) {
        s.err().flush();
        try {
            int c = s.in().read();
            return c == '\n' || c == 'y' || c == 'Y';
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code i2cdetect -l}: one line per adapter, in Linux 2.4's /proc/bus/i2c format. */
    private static void listBuses(Session s) {
        for (AdapterInfo a : I2cBuses.list(s.buses())) {
            String funcs;
            String algo;
            if (a.name().startsWith("ISA ")) {
                funcs = "isa";
                algo = "ISA bus";
            } else {
                Functionality f = functionalityOf(s, a.number());
                if (f == null) {
                    funcs = "unknown";
                    algo = "N/A";
                } else if (f.has(Capability.I2C)) {
                    funcs = "i2c";
                    algo = "I2C adapter";
                } else if (f.has(Capability.SMBUS_RECEIVE_BYTE) || f.has(Capability.SMBUS_SEND_BYTE)
                        || f.has(Capability.SMBUS_READ_BYTE) || f.has(Capability.SMBUS_WRITE_BYTE)
                        || f.has(Capability.SMBUS_READ_WORD) || f.has(Capability.SMBUS_WRITE_WORD)) {
                    funcs = "smbus";
                    algo = "SMBus adapter";
                } else {
                    funcs = "dummy";
                    algo = "Dummy bus";
                }
            }
            s.out().printf("i2c-%d\t%-10s\t%-32s\t%s%n", a.number(), funcs, a.name(), algo);
        }
    }

    private static Functionality functionalityOf(Session s, int number) {
        try (I2cBus bus = I2cBuses.open(Integer.toString(number), s.buses())) {
            return bus.functionality();
        } catch (I2cException e) {
            return null;
        }
    }

    private static int differentModes(PrintWriter err) {
        err.println("Error: Different modes specified!");
        return 1;
    }

    private static int help(PrintWriter err) {
        err.print(USAGE);
        return 1;
    }
}
