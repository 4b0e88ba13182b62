// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;

import java.io.PrintWriter;
import java.util.List;

/** {@code i2cdump}: print every register of a chip, in i2c-tools' table layouts. */
public final class Dump {
    /** The usage 4.3 prints; 4.4's has no line for mode s. */
    static final String USAGE = """
            Usage: i2cdump [-f] [-y] [-r first-last] [-a] I2CBUS ADDRESS [MODE [BANK [BANKREG]]]
              I2CBUS is an integer or an I2C bus name
              ADDRESS is an integer (0x08 - 0x77, or 0x00 - 0x7f if -a is given)
              MODE is one of:
                b (byte, default)
                w (word)
                W (word on even register addresses)
                s (SMBus block, deprecated)
                i (I2C block)
                c (consecutive byte)
                Append p for SMBus PEC
            """;

    enum Size { BYTE, BYTE_DATA, WORD_DATA, BLOCK_DATA, I2C_BLOCK_DATA }

    private Dump() {
    }

    public static int run(Session s, List<String> argv) {
        ToolArgs args = ToolArgs.scan(s, argv, "Vfrya", "r");
        Integer stop = args.stopEarly(s.err(), "i2cdump", () -> help(s.err(), args.version()));
        return stop != null ? stop : dump(s, args);
    }

    private static int dump(Session s, ToolArgs args) {
        PrintWriter err = s.err();
        List<String> rest = args.rest();
        String range = args.value('r');
        String busArg = ToolSupport.busArgument(s, rest);
        if (busArg == null) {
            return help(err, args.version());
        }
        if (rest.size() < 2) {
            err.println("Error: No address specified!");
            return help(err, args.version());
        }
        int address = ToolSupport.parseAddress(s, rest.get(1), args.has('a'));
        if (address < 0) {
            return help(err, args.version());
        }

        Size size;
        boolean pec = false;
        boolean even = false;
        if (rest.size() < 3) {
            err.println("No size specified (using byte-data access)");
            size = Size.BYTE_DATA;
        } else {
            String m = rest.get(2);
            char mode = m.isEmpty() ? '\0' : m.charAt(0);
            boolean p = m.length() > 1 && m.charAt(1) == 'p';
            switch (mode) {
                case 'b' -> {
                    size = Size.BYTE_DATA;
                    pec = p;
                }
                case 'w' -> {
                    size = Size.WORD_DATA;
                    pec = p;
                }
                case 'W' -> {
                    size = Size.WORD_DATA;
                    even = true;
                }
                case 's' -> {
                    if (args.version() == I2cToolsVersion.V4_4) {
                        err.println("SMBus block mode is no longer supported, please use i2cget instead");
                        return 1;
                    }
                    size = Size.BLOCK_DATA;
                    err.println("SMBus block mode is deprecated, please use i2cget instead");
                    pec = p;
                }
                case 'c' -> {
                    size = Size.BYTE;
                    pec = p;
                }
                default -> {
                    if (!m.equals("i")) {
                        err.println("Error: Invalid mode!");
                        return help(err, args.version());
                    }
                    size = Size.I2C_BLOCK_DATA;
                }
            }
        }

        int bank = 0;
        int bankReg = 0x4e;
        if (rest.size() > 3) {
            CNumber n = CNumber.strtol(rest.get(3));
            if (n.end() != rest.get(3).length() || size == Size.I2C_BLOCK_DATA) {
                err.println("Error: Invalid bank number!");
                return help(err, args.version());
            }
            if ((size == Size.BYTE_DATA || size == Size.WORD_DATA) && (n.value() < 0 || n.value() > 15)) {
                err.println("Error: bank out of range!");
                return help(err, args.version());
            }
            if (size == Size.BLOCK_DATA && (n.value() < 0 || n.value() > 0xff)) {
                err.println("Error: block command out of range!");
                return help(err, args.version());
            }
            bank = (int) n.value();
            if (rest.size() > 4) {
                CNumber r = CNumber.strtol(rest.get(4));
                if (r.end() != rest.get(4).length() || size == Size.BLOCK_DATA) {
                    err.println("Error: Invalid bank register number!");
                    return help(err, args.version());
                }
                if (r.value() < 0 || r.value() > 0xff) {
                    err.println("Error: bank out of range (0-0xff)!");
                    return help(err, args.version());
                }
                bankReg = (int) r.value();
            }
        }

        int first = 0x00;
        int last = 0xff;
        if (range != null) {
            int[] r = parseRange(range);
            if (r == null) {
                err.println("Error: Invalid range parameter!");
                return 1;
            }
            first = r[0];
            last = r[1];
            boolean compatible = switch (size) {
                case BYTE, BYTE_DATA, I2C_BLOCK_DATA -> true;
                case WORD_DATA -> !even || (first % 2 == 0 && last % 2 == 1);
                default -> false;
            };
            if (!compatible) {
                err.println("Error: Range parameter not compatible with selected mode!");
                return 1;
            }
        }

        try (I2cBus bus = ToolSupport.open(s, busArg)) {
            if (bus == null || !checkFuncs(s, bus, size, pec)) {
                return 1;
            }
            I2cDevice dev = ToolSupport.select(s, bus, address, DeviceOptions.DEFAULT.withForce(args.has('f')).withPec(pec));
            if (dev == null) {
                return 1;
            }
            if (!args.has('y')) {
                err.println("WARNING! This program can confuse your I2C bus, cause data loss and worse!");
                err.printf("I will probe file %s, address 0x%x, mode %s%n", bus.devicePath(), address,
                        switch (size) {
                            case BLOCK_DATA -> "smbus block";
                            case I2C_BLOCK_DATA -> "i2c block";
                            case BYTE -> "byte consecutive read";
                            case BYTE_DATA -> "byte";
                            default -> "word";
                        });
                if (pec) {
                    err.println("PEC checking enabled.");
                }
                if (even) {
                    err.println("Only probing even register addresses.");
                }
                if (bank != 0) {
                    if (size == Size.BLOCK_DATA) {
                        err.printf("Using command 0x%02x.%n", bank);
                    } else {
                        err.printf("Probing bank %d using bank register 0x%02x.%n", bank, bankReg);
                    }
                }
                if (range != null) {
                    err.printf("Probe range limited to 0x%02x-0x%02x.%n", first, last);
                }
                if (!ToolSupport.proceed(s, true)) {
                    return 0;
                }
            }
            return new DumpTable(s, dev, size, even, first, last, bank, bankReg).print();
        }
    }

    /** {@code first-last} as i2cdump reads it, or null when invalid. */
    private static int[] parseRange(String range) {
        CNumber f = CNumber.strtol(range);
        if (f.end() == 0 || f.end() >= range.length() || range.charAt(f.end()) != '-' || f.value() < 0 || f.value() > 0xff) {
            return null;
        }
        String tail = range.substring(f.end() + 1);
        CNumber l = CNumber.strtol(tail);
        if (l.end() == 0 || l.end() != tail.length() || l.value() < f.value() || l.value() > 0xff) {
            return null;
        }
        return new int[] {(int) f.value(), (int) l.value()};
    }

    private static boolean checkFuncs(Session s, I2cBus bus, Size size, boolean pec) {
        Functionality f = bus.functionality();
        String missing = null;
        switch (size) {
            case BYTE -> {
                if (!f.has(Capability.SMBUS_RECEIVE_BYTE)) {
                    missing = "SMBus receive byte";
                } else if (!f.has(Capability.SMBUS_SEND_BYTE)) {
                    missing = "SMBus send byte";
                }
            }
            case BYTE_DATA -> missing = f.has(Capability.SMBUS_READ_BYTE) ? null : "SMBus read byte";
            case WORD_DATA -> missing = f.has(Capability.SMBUS_READ_WORD) ? null : "SMBus read word";
            case BLOCK_DATA -> missing = f.has(Capability.SMBUS_BLOCK_READ) ? null : "SMBus block read";
            case I2C_BLOCK_DATA -> missing = f.has(Capability.I2C_BLOCK_READ) ? null : "I2C block read";
            default -> missing = null;
        }
        return ToolSupport.capable(s, bus, missing, pec);
    }

    /** The usage of the release {@code version}. */
    static String usage(I2cToolsVersion version) {
        return version == I2cToolsVersion.V4_3 ? USAGE : USAGE.replace("    s (SMBus block, deprecated)\n", "");
    }

    private static int help(PrintWriter err, I2cToolsVersion version) {
        err.print(usage(version));
        return 1;
    }
}
