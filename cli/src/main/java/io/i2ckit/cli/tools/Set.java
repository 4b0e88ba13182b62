// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.core.BusLock;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code i2cset}: write one register, word or block. Unlike i2c-tools, a readback ({@code -r})
 * that fails or does not match exits 1, and block writes are read back as blocks.
 */
public final class Set {
    static final String USAGE = """
            Usage: i2cset [-f] [-y] [-m MASK] [-r] [-a] I2CBUS CHIP-ADDRESS DATA-ADDRESS [VALUE] ... [MODE]
              I2CBUS is an integer or an I2C bus name
              ADDRESS is an integer (0x08 - 0x77, or 0x00 - 0x7f if -a is given)
              MODE is one of:
                c (byte, no value)
                b (byte data, default)
                w (word data)
                i (I2C block data)
                s (SMBus block data)
                Append p for SMBus PEC
            """;

    enum Size { BYTE, BYTE_DATA, WORD_DATA, BLOCK_DATA, I2C_BLOCK_DATA }

    private Set() {
    }

    /** A parsed write request. */
    record Request(int address, Size size, int dataAddress, int value, int mask, byte[] block, boolean pec,
                           boolean force, boolean yes, boolean readback) {
        boolean isBlock() {
            return size == Size.BLOCK_DATA || size == Size.I2C_BLOCK_DATA;
        }

        int width() {
            return size == Size.WORD_DATA ? 4 : 2;
        }
    }

    public static int run(Session s, List<String> argv) {
        ToolArgs.Start start = ToolArgs.chipProgram(s, argv, "i2cset", "Vfymra", "m", 3, () -> help(s.err()));
        return start.exit() != null ? start.exit() : set(s, start.args(), start.chip());
    }

    private static int set(Session s, ToolArgs args, ToolSupport.Chip chip) {
        PrintWriter err = s.err();
        boolean force = args.has('f');
        boolean yes = args.has('y');
        boolean readback = args.has('r');
        String maskArg = args.lastValue('m');
        List<String> rest = args.rest();
        String busArg = chip.bus();
        int address = chip.address();
        CNumber d = CNumber.strtol(rest.get(2));
        if (d.end() != rest.get(2).length() || d.value() < 0 || d.value() > 0xff) {
            err.println("Error: Data address invalid!");
            return help(err);
        }
        int dataAddress = (int) d.value();

        Size size;
        boolean pec = false;
        if (rest.size() == 3) {
            size = Size.BYTE;
        } else if (rest.size() == 4) {
            String m = rest.get(3);
            if (m.equals("c") || m.equals("cp")) {
                size = Size.BYTE;
                pec = m.equals("cp");
            } else {
                size = Size.BYTE_DATA;
            }
        } else {
            String m = rest.get(rest.size() - 1);
            if (m.length() > 2 || (m.length() == 2 && m.charAt(1) != 'p')) {
                err.printf("Error: Invalid mode '%s'!%n", m);
                return help(err);
            }
            switch (m.isEmpty() ? '\0' : m.charAt(0)) {
                case 'b' -> size = Size.BYTE_DATA;
                case 'w' -> size = Size.WORD_DATA;
                case 's' -> size = Size.BLOCK_DATA;
                case 'i' -> size = Size.I2C_BLOCK_DATA;
                default -> {
                    err.printf("Error: Invalid mode '%s'!%n", m);
                    return help(err);
                }
            }
            pec = m.length() == 2;
            if (size == Size.BLOCK_DATA || size == Size.I2C_BLOCK_DATA) {
                if (pec && size == Size.I2C_BLOCK_DATA) {
                    err.println("Error: PEC not supported for I2C block writes!");
                    return help(err);
                }
                if (maskArg != null) {
                    err.println("Error: Mask not supported for block writes!");
                    return help(err);
                }
                if (rest.size() > 32 + 4) {
                    err.println("Error: Too many arguments!");
                    return help(err);
                }
            } else if (rest.size() != 5) {
                err.println("Error: Too many arguments!");
                return help(err);
            }
        }

        int value = -1;
        byte[] block = new byte[0];
        switch (size) {
            case BYTE -> value = dataAddress; // a short write: the "data address" is the byte sent
            case BYTE_DATA, WORD_DATA -> {
                CNumber v = CNumber.strtol(rest.get(3));
                if (v.end() != rest.get(3).length() || v.value() < 0) {
                    err.println("Error: Data value invalid!");
                    return help(err);
                }
                if ((size == Size.BYTE_DATA && v.value() > 0xff) || (size == Size.WORD_DATA && v.value() > 0xffff)) {
                    err.println("Error: Data value out of range!");
                    return help(err);
                }
                value = (int) v.value();
            }
            default -> {
                block = new byte[rest.size() - 4];
                for (int k = 0; k < block.length; k++) {
                    CNumber v = CNumber.strtol(rest.get(3 + k));
                    if (v.end() != rest.get(3 + k).length() || v.value() < 0) {
                        err.println("Error: Data value invalid!");
                        return help(err);
                    }
                    if (v.value() > 0xff) {
                        err.println("Error: Data value out of range!");
                        return help(err);
                    }
                    block[k] = (byte) v.value();
                }
            }
        }
        int mask = 0;
        if (maskArg != null) {
            CNumber m = CNumber.strtol(maskArg);
            if (m.end() != maskArg.length() || m.value() == 0) {
                err.println("Error: Data value mask invalid!");
                return help(err);
            }
            if (((size == Size.BYTE || size == Size.BYTE_DATA) && m.value() > 0xff) || m.value() > 0xffff) {
                err.println("Error: Data value mask out of range!");
                return help(err);
            }
            mask = (int) m.value();
        }
        Request r = new Request(address, size, dataAddress, value, mask, block, pec, force, yes, readback);

        try (I2cBus bus = ToolSupport.open(s, busArg); BusLock held = ToolSupport.holdUnlessAsking(bus, yes)) {
            if (bus == null || !checkFuncs(s, bus, size, pec)
                    || !ToolSupport.mayWrite(s, bus, address, args.has(ToolArgs.PROTECTED))) {
                return 1;
            }
            I2cDevice dev = ToolSupport.select(s, bus, address, DeviceOptions.DEFAULT.withForce(force).withPec(pec));
            if (dev == null) {
                return 1;
            }
            if (!yes && !confirm(s, bus, r)) {
                return 0;
            }
            return SetWrite.write(s, bus, dev, r);
        }
    }

    private static boolean checkFuncs(Session s, I2cBus bus, Size size, boolean pec) {
        Functionality f = bus.functionality();
        String missing = switch (size) {
            case BYTE -> f.has(Capability.SMBUS_SEND_BYTE) ? null : "SMBus send byte";
            case BYTE_DATA -> f.has(Capability.SMBUS_WRITE_BYTE) ? null : "SMBus write byte";
            case WORD_DATA -> f.has(Capability.SMBUS_WRITE_WORD) ? null : "SMBus write word";
            case BLOCK_DATA -> f.has(Capability.SMBUS_BLOCK_WRITE) ? null : "SMBus block write";
            case I2C_BLOCK_DATA -> f.has(Capability.I2C_BLOCK_WRITE) ? null : "I2C block write";
        };
        return ToolSupport.capable(s, bus, missing, pec);
    }

    private static boolean confirm(Session s, I2cBus bus, Request r) {
        PrintWriter err = s.err();
        err.println("WARNING! This program can confuse your I2C bus, cause data loss and worse!");
        boolean dont = false;
        if (r.address() >= 0x50 && r.address() <= 0x57) {
            err.println("DANGEROUS! Writing to a serial EEPROM on a memory DIMM");
            err.println("may render your memory USELESS and make your system UNBOOTABLE!");
            dont = true;
        }
        err.printf("I will write to device file %s, chip address 0x%02x,%n", bus.devicePath(), r.address());
        if (r.size() != Size.BYTE) {
            err.printf("data address 0x%02x, ", r.dataAddress());
        }
        if (r.isBlock()) {
            StringBuilder sb = new StringBuilder("data");
            for (byte b : r.block()) {
                sb.append(String.format(" 0x%02x", b & 0xff));
            }
            err.printf("%s, mode %s.%n", sb, r.size() == Size.BLOCK_DATA ? "smbus block" : "i2c block");
        } else {
            err.printf("data 0x%02x%s, mode %s.%n", r.value(), r.mask() != 0 ? " (masked)" : "",
                    r.size() == Size.WORD_DATA ? "word" : "byte");
        }
        if (r.pec()) {
            err.println("PEC checking enabled.");
        }
        return ToolSupport.proceed(s, !dont);
    }

    private static int help(PrintWriter err) {
        err.print(USAGE);
        return 1;
    }
}
