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
import java.util.List;

/** {@code i2cdump}: print every register of a chip, in i2c-tools' table layouts. */
public final class Dump {
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

    /** Marks a register whose read failed, as i2cdump's negative values do. */
    private static final int FAILED = -1;

    enum Size { BYTE, BYTE_DATA, WORD_DATA, BLOCK_DATA, I2C_BLOCK_DATA }

    private Dump() {
    }

    public static int run(Session s, List<String> argv) {
        PrintWriter err = s.err();
        boolean force = false;
        boolean yes = false;
        boolean version = false;
        boolean allAddresses = false;
        String range = null;
        int i = 0;
        for (; i < argv.size() && argv.get(i).startsWith("-"); i++) {
            String opt = argv.get(i);
            switch (opt.length() > 1 ? opt.charAt(1) : '\0') {
                case 'V' -> version = true;
                case 'f' -> force = true;
                case 'r' -> {
                    i++;
                    range = i < argv.size() ? argv.get(i) : null;
                }
                case 'y' -> yes = true;
                case 'a' -> allAddresses = true;
                default -> {
                    err.printf("Error: Unsupported option \"%s\"!%n", opt);
                    return help(err);
                }
            }
        }
        if (version) {
            err.println("i2cdump version " + VersionProvider.version() + " (i2ckit)");
            return 0;
        }
        List<String> rest = argv.subList(Math.min(i, argv.size()), argv.size());
        if (rest.isEmpty()) {
            err.println("Error: No i2c-bus specified!");
            return help(err);
        }
        String busArg = ToolSupport.lookupBus(s, rest.get(0));
        if (busArg == null) {
            return help(err);
        }
        if (rest.size() < 2) {
            err.println("Error: No address specified!");
            return help(err);
        }
        int address = ToolSupport.parseAddress(s, rest.get(1), allAddresses);
        if (address < 0) {
            return help(err);
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
                        return help(err);
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
                return help(err);
            }
            if ((size == Size.BYTE_DATA || size == Size.WORD_DATA) && (n.value() < 0 || n.value() > 15)) {
                err.println("Error: bank out of range!");
                return help(err);
            }
            if (size == Size.BLOCK_DATA && (n.value() < 0 || n.value() > 0xff)) {
                err.println("Error: block command out of range!");
                return help(err);
            }
            bank = (int) n.value();
            if (rest.size() > 4) {
                CNumber r = CNumber.strtol(rest.get(4));
                if (r.end() != rest.get(4).length() || size == Size.BLOCK_DATA) {
                    err.println("Error: Invalid bank register number!");
                    return help(err);
                }
                if (r.value() < 0 || r.value() > 0xff) {
                    err.println("Error: bank out of range (0-0xff)!");
                    return help(err);
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
            I2cDevice dev = ToolSupport.select(s, bus, address, DeviceOptions.DEFAULT.withForce(force).withPec(pec));
            if (dev == null) {
                return 1;
            }
            if (!yes) {
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
                err.print("Continue? [Y/n] ");
                if (!ToolSupport.ack(s, true)) {
                    err.println("Aborting on user request.");
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
        if (missing != null) {
            s.err().printf("Error: Adapter does not have %s capability%n", missing);
            return false;
        }
        ToolSupport.warnPec(s, bus, pec);
        return true;
    }

    private static int help(PrintWriter err) {
        err.print(USAGE);
        return 1;
    }

    /** The reading and the printing, once the command line and the bus are settled. */
    private static final class DumpTable {
        private final Session s;
        private final I2cDevice dev;
        private final Size size;
        private final boolean even;
        private final int first;
        private final int bank;
        private final int bankReg;
        private int last;
        private final int[] block = new int[256 + 32];

        DumpTable(Session s, I2cDevice dev, Size size, boolean even, int first, int last, int bank, int bankReg) {
            this.s = s;
            this.dev = dev;
            this.size = size;
            this.even = even;
            this.first = first;
            this.last = last;
            this.bank = bank;
            this.bankReg = bankReg;
        }

        int print() {
            PrintWriter out = s.out();
            int oldBank = 0;
            if (bank != 0 && size != Size.BLOCK_DATA) {
                try {
                    oldBank = dev.readByteData(bankReg);
                    dev.writeByteData(bankReg, bank | (oldBank & 0xf0));
                } catch (I2cException e) {
                    s.err().println("Error: Bank switching failed");
                    return 1;
                }
            }
            int sLength = 0;
            if (size != Size.WORD_DATA || even) {
                if (size == Size.BLOCK_DATA || size == Size.I2C_BLOCK_DATA) {
                    try {
                        if (size == Size.BLOCK_DATA) {
                            byte[] data = dev.readBlockData(bank);
                            sLength = data.length;
                            last = sLength - 1;
                            for (int k = 0; k < data.length; k++) {
                                block[k] = data[k] & 0xff;
                            }
                        } else {
                            // 32 bytes at a time from first, as i2cdump does, even past last
                            for (int offset = first; offset <= last; offset += 32) {
                                byte[] data = dev.readI2cBlockData(offset, 32);
                                for (int k = 0; k < data.length; k++) {
                                    block[offset + k] = data[k] & 0xff;
                                }
                            }
                        }
                    } catch (I2cException e) {
                        s.err().printf("Error: Block read failed, return code %d%n", -e.errno());
                        return 1;
                    }
                }
                if (size == Size.BYTE) {
                    try {
                        dev.sendByte(first);
                    } catch (I2cException e) {
                        s.err().printf("Error: Write start address failed, return code %d%n", -e.errno());
                        return 1;
                    }
                }
                out.println("     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef");
                for (int row = 0; row < 256; row += 16) {
                    if (size == Size.BLOCK_DATA && row >= sLength) {
                        break;
                    }
                    if (row / 16 < first / 16) {
                        continue;
                    }
                    if (row / 16 > last / 16) {
                        break;
                    }
                    printByteRow(out, row, sLength);
                }
            } else {
                out.println("     0,8  1,9  2,a  3,b  4,c  5,d  6,e  7,f");
                for (int row = 0; row < 256; row += 8) {
                    if (row / 8 < first / 8) {
                        continue;
                    }
                    if (row / 8 > last / 8) {
                        break;
                    }
                    out.printf("%02x: ", row);
                    for (int col = 0; col < 8; col++) {
                        int reg = row + col;
                        if (reg < first || reg > last) {
                            out.print("     ");
                            continue;
                        }
                        int word = read(() -> dev.readWordData(reg));
                        out.print(word < 0 ? "XXXX " : String.format("%04x ", word));
                    }
                    out.println();
                    out.flush();
                }
            }
            if (bank != 0 && size != Size.BLOCK_DATA) {
                final int restore = oldBank;
                read(() -> {
                    dev.writeByteData(bankReg, restore);
                    return 0;
                });
            }
            return 0;
        }

        private void printByteRow(PrintWriter out, int row, int sLength) {
            out.printf("%02x: ", row);
            for (int col = 0; col < 16; col++) {
                int reg = row + col;
                if (reg < first || reg > last) {
                    out.print("   ");
                    if (size == Size.WORD_DATA) {
                        out.print("   ");
                        col++;
                    }
                    continue;
                }
                int res;
                switch (size) {
                    case BYTE_DATA -> {
                        res = read(() -> dev.readByteData(reg));
                        block[reg] = res;
                    }
                    case WORD_DATA -> {
                        res = read(() -> dev.readWordData(reg));
                        block[reg] = res < 0 ? res : res & 0xff;
                        block[reg + 1] = res < 0 ? res : res >> 8;
                    }
                    case BYTE -> {
                        res = read(dev::receiveByte);
                        block[reg] = res;
                    }
                    default -> res = block[reg];
                }
                if (size == Size.BLOCK_DATA && reg >= sLength) {
                    out.print("   ");
                } else if (res < 0) {
                    out.print(size == Size.WORD_DATA ? "XX XX " : "XX ");
                } else {
                    out.printf("%02x ", block[reg]);
                    if (size == Size.WORD_DATA) {
                        out.printf("%02x ", block[reg + 1]);
                    }
                }
                if (size == Size.WORD_DATA) {
                    col++;
                }
            }
            out.print("   ");
            for (int col = 0; col < 16; col++) {
                int reg = row + col;
                if (size == Size.BLOCK_DATA && reg >= sLength) {
                    break;
                }
                if (reg < first || reg > last) {
                    out.print(" ");
                    continue;
                }
                int v = block[reg];
                if (v < 0) {
                    out.print("X");
                } else if ((v & 0xff) == 0x00 || (v & 0xff) == 0xff) {
                    out.print(".");
                } else if ((v & 0xff) < 32 || (v & 0xff) >= 127) {
                    out.print("?");
                } else {
                    out.print((char) (v & 0xff));
                }
            }
            out.println();
            out.flush();
        }

        private static int read(java.util.function.IntSupplier op) {
            try {
                return op.getAsInt();
            } catch (I2cException e) {
                return FAILED;
            }
        }
    }
}
