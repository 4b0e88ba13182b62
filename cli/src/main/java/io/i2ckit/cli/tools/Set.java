// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.cli.VersionProvider;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;

import java.io.PrintWriter;
import java.util.Arrays;
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
    private record Request(int address, Size size, int dataAddress, int value, int mask, byte[] block, boolean pec,
                           boolean force, boolean yes, boolean readback) {
        boolean isBlock() {
            return size == Size.BLOCK_DATA || size == Size.I2C_BLOCK_DATA;
        }

        int width() {
            return size == Size.WORD_DATA ? 4 : 2;
        }
    }

    public static int run(Session s, List<String> argv) {
        PrintWriter err = s.err();
        boolean force = false;
        boolean yes = false;
        boolean version = false;
        boolean readback = false;
        boolean allAddresses = false;
        String maskArg = null;
        int i = 0;
        for (; i < argv.size() && argv.get(i).startsWith("-"); i++) {
            String opt = argv.get(i);
            switch (opt.length() > 1 ? opt.charAt(1) : '\0') {
                case 'V' -> version = true;
                case 'f' -> force = true;
                case 'y' -> yes = true;
                case 'm' -> {
                    if (i + 1 < argv.size()) {
                        maskArg = argv.get(i + 1);
                    }
                    i++;
                }
                case 'r' -> readback = true;
                case 'a' -> allAddresses = true;
                default -> {
                    err.printf("Error: Unsupported option \"%s\"!%n", opt);
                    return help(err);
                }
            }
        }
        if (version) {
            err.println("i2cset version " + VersionProvider.version() + " (i2ckit)");
            return 0;
        }
        List<String> rest = argv.subList(Math.min(i, argv.size()), argv.size());
        if (rest.size() < 3) {
            return help(err);
        }
        String busArg = ToolSupport.lookupBus(s, rest.get(0));
        if (busArg == null) {
            return help(err);
        }
        int address = ToolSupport.parseAddress(s, rest.get(1), allAddresses);
        if (address < 0) {
            return help(err);
        }
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

        try (I2cBus bus = ToolSupport.open(s, busArg)) {
            if (bus == null || !checkFuncs(s, bus, size, pec) || !ToolSupport.mayWrite(s, bus, address, force)) {
                return 1;
            }
            I2cDevice dev = ToolSupport.select(s, bus, address, DeviceOptions.DEFAULT.withForce(force).withPec(pec));
            if (dev == null) {
                return 1;
            }
            if (!yes && !confirm(s, bus, r)) {
                return 0;
            }
            return write(s, bus, dev, r);
        }
    }

    private static int write(Session s, I2cBus bus, I2cDevice dev, Request r) {
        PrintWriter err = s.err();
        int value = r.value();
        if (r.mask() != 0) {
            int old;
            try {
                old = switch (r.size()) {
                    case BYTE -> dev.receiveByte();
                    case WORD_DATA -> dev.readWordData(r.dataAddress());
                    default -> dev.readByteData(r.dataAddress());
                };
            } catch (I2cException e) {
                err.println("Error: Failed to read old value (" + e.getMessage() + ")");
                return 1;
            }
            value = (value & r.mask()) | (old & ~r.mask());
            if (!r.yes()) {
                err.printf("Old value 0x%0" + r.width() + "x, write mask 0x%0" + r.width() + "x, will write 0x%0"
                        + r.width() + "x%n", old, r.mask(), value);
                err.print("Continue? [Y/n] ");
                if (!ToolSupport.ack(s, true)) {
                    err.println("Aborting on user request.");
                    return 0;
                }
            }
        }
        try {
            switch (r.size()) {
                case BYTE -> dev.sendByte(value);
                case WORD_DATA -> dev.writeWordData(r.dataAddress(), value);
                case BLOCK_DATA -> dev.writeBlockData(r.dataAddress(), r.block());
                case I2C_BLOCK_DATA -> dev.writeI2cBlockData(r.dataAddress(), r.block());
                default -> dev.writeByteData(r.dataAddress(), value);
            }
        } catch (I2cException e) {
            err.println("Error: Write failed (" + e.getMessage() + ")");
            return 1;
        }
        if (!r.readback()) {
            return 0;
        }
        I2cDevice plain = bus.device(r.address(), DeviceOptions.DEFAULT.withForce(r.force()));
        return r.isBlock() ? readbackBlock(s, plain, r) : readbackValue(s, plain, r, value);
    }

    private static int readbackValue(Session s, I2cDevice dev, Request r, int value) {
        int got;
        try {
            got = switch (r.size()) {
                case BYTE -> dev.receiveByte();
                case WORD_DATA -> dev.readWordData(r.dataAddress());
                default -> dev.readByteData(r.dataAddress());
            };
        } catch (I2cException e) {
            s.out().println("Warning - readback failed");
            return 1;
        }
        String fmt = "0x%0" + r.width() + "x";
        if (got != value) {
            s.out().printf("Warning - data mismatch - wrote " + fmt + ", read back " + fmt + "%n", value, got);
            return 1;
        }
        s.out().printf("Value " + fmt + " written, readback matched%n", value);
        return 0;
    }

    /** Block writes read back as blocks; i2c-tools compares them with a byte read instead. */
    private static int readbackBlock(Session s, I2cDevice dev, Request r) {
        byte[] got;
        try {
            got = r.size() == Size.I2C_BLOCK_DATA
                    ? dev.readI2cBlockData(r.dataAddress(), r.block().length)
                    : dev.readBlockData(r.dataAddress());
        } catch (I2cException e) {
            s.out().println("Warning - readback failed");
            return 1;
        }
        if (!Arrays.equals(got, r.block())) {
            s.out().println("Warning - data mismatch - wrote " + hex(r.block()) + ", read back " + hex(got));
            return 1;
        }
        s.out().println("Values " + hex(r.block()) + " written, readback matched");
        return 0;
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("0x%02x", b & 0xff));
        }
        return sb.toString();
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
        if (missing != null) {
            s.err().printf("Error: Adapter does not have %s capability%n", missing);
            return false;
        }
        ToolSupport.warnPec(s, bus, pec);
        return true;
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
        err.printf("Continue? [%s] ", dont ? "y/N" : "Y/n");
        if (!ToolSupport.ack(s, !dont)) {
            err.println("Aborting on user request.");
            return false;
        }
        return true;
    }

    private static int help(PrintWriter err) {
        err.print(USAGE);
        return 1;
    }
}
