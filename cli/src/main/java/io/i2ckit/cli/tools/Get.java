// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.core.BusLock;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;

import java.io.PrintWriter;
import java.util.List;

/** {@code i2cget}: read one register, word or block. */
public final class Get {
    static final String USAGE = """
            Usage: i2cget [-f] [-y] [-a] I2CBUS CHIP-ADDRESS [DATA-ADDRESS [MODE [LENGTH]]]
              I2CBUS is an integer or an I2C bus name
              ADDRESS is an integer (0x08 - 0x77, or 0x00 - 0x7f if -a is given)
              MODE is one of:
                b (read byte data, default)
                w (read word data)
                c (write byte/read byte)
                s (read SMBus block data)
                i (read I2C block data)
                Append p for SMBus PEC
              LENGTH is the I2C block data length (between 1 and 32, default 32)
            """;

    enum Size { BYTE, BYTE_DATA, WORD_DATA, BLOCK_DATA, I2C_BLOCK_DATA }

    private Get() {
    }

    public static int run(Session s, List<String> argv) {
        ToolArgs.Start start = ToolArgs.chipProgram(s, argv, "i2cget", "Vfya", "", 2, () -> help(s.err()));
        return start.exit() != null ? start.exit() : get(s, start.args(), start.chip());
    }

    private static int get(Session s, ToolArgs args, ToolSupport.Chip chip) {
        PrintWriter err = s.err();
        boolean force = args.has('f');
        boolean yes = args.has('y');
        List<String> rest = args.rest();
        String busArg = chip.bus();
        int address = chip.address();
        Size size;
        int dataAddress;
        if (rest.size() > 2) {
            size = Size.BYTE_DATA;
            CNumber n = CNumber.strtol(rest.get(2));
            if (n.end() != rest.get(2).length() || n.value() < 0 || n.value() > 0xff) {
                err.println("Error: Data address invalid!");
                return help(err);
            }
            dataAddress = (int) n.value();
        } else {
            size = Size.BYTE;
            dataAddress = -1;
        }
        boolean pec = false;
        if (rest.size() > 3) {
            String m = rest.get(3);
            switch (m.isEmpty() ? '\0' : m.charAt(0)) {
                case 'b' -> size = Size.BYTE_DATA;
                case 'w' -> size = Size.WORD_DATA;
                case 'c' -> size = Size.BYTE;
                case 's' -> size = Size.BLOCK_DATA;
                case 'i' -> size = Size.I2C_BLOCK_DATA;
                default -> {
                    err.println("Error: Invalid mode!");
                    return help(err);
                }
            }
            pec = m.length() > 1 && m.charAt(1) == 'p';
            if (size == Size.I2C_BLOCK_DATA && pec) {
                err.println("Error: PEC not supported for I2C block data!");
                return help(err);
            }
        }
        int length = 32;
        if (rest.size() > 4) {
            if (size != Size.I2C_BLOCK_DATA) {
                err.println("Error: Length only valid for I2C block data!");
                return help(err);
            }
            CNumber n = CNumber.strtol(rest.get(4));
            if (n.end() != rest.get(4).length() || n.value() < 1 || n.value() > 32) {
                err.println("Error: Length invalid!");
                return help(err);
            }
            length = (int) n.value();
        }

        try (I2cBus bus = ToolSupport.open(s, busArg); BusLock held = ToolSupport.holdUnlessAsking(bus, yes)) {
            if (bus == null || !checkFuncs(s, bus, size, dataAddress, pec)) {
                return 1;
            }
            I2cDevice dev = ToolSupport.select(s, bus, address, DeviceOptions.DEFAULT.withForce(force).withPec(pec));
            if (dev == null) {
                return 1;
            }
            if (!yes && !confirm(s, bus, address, size, dataAddress, length, pec)) {
                return 0;
            }
            return read(s, dev, size, dataAddress, length);
        }
    }

    private static int read(Session s, I2cDevice dev, Size size, int dataAddress, int length) {
        try {
            switch (size) {
                case BYTE -> {
                    if (dataAddress >= 0) {
                        try {
                            dev.sendByte(dataAddress);
                        } catch (I2cException e) {
                            s.err().println("Warning - write failed");
                        }
                    }
                    s.out().println(Hex.prefixed(dev.receiveByte(), 2));
                }
                case WORD_DATA -> s.out().println(Hex.prefixed(dev.readWordData(dataAddress), 4));
                case BLOCK_DATA -> printBlock(s, dev.readBlockData(dataAddress));
                case I2C_BLOCK_DATA -> printBlock(s, dev.readI2cBlockData(dataAddress, length));
                default -> s.out().println(Hex.prefixed(dev.readByteData(dataAddress), 2));
            }
            return 0;
        } catch (I2cException e) {
            s.err().println("Error: Read failed (" + e.getMessage() + ")");
            return 2;
        }
    }

    private static void printBlock(Session s, byte[] data) {
        s.out().println(Hex.bytes(data));
    }

    private static boolean checkFuncs(Session s, I2cBus bus, Size size, int dataAddress, boolean pec) {
        Functionality f = bus.functionality();
        String missing = switch (size) {
            case BYTE -> !f.has(Capability.SMBUS_RECEIVE_BYTE) ? "SMBus receive byte"
                    : dataAddress >= 0 && !f.has(Capability.SMBUS_SEND_BYTE) ? "SMBus send byte" : null;
            case BYTE_DATA -> f.has(Capability.SMBUS_READ_BYTE) ? null : "SMBus read byte";
            case WORD_DATA -> f.has(Capability.SMBUS_READ_WORD) ? null : "SMBus read word";
            case BLOCK_DATA -> f.has(Capability.SMBUS_BLOCK_READ) ? null : "SMBus block read";
            case I2C_BLOCK_DATA -> f.has(Capability.I2C_BLOCK_READ) ? null : "I2C block read";
        };
        return ToolSupport.capable(s, bus, missing, pec);
    }

    private static boolean confirm(Session s, I2cBus bus, int address, Size size, int dataAddress, int length,
                                   boolean pec) {
        PrintWriter err = s.err();
        err.println("WARNING! This program can confuse your I2C bus, cause data loss and worse!");
        if (address >= 0x50 && address <= 0x57 && pec) {
            err.println("STOP! EEPROMs are I2C devices, not SMBus devices. Using PEC");
            err.println("on I2C devices may result in unexpected results, such as");
            err.println("trashing the contents of EEPROMs. We can't let you do that, sorry.");
            return false;
        }
        boolean dont = false;
        if (size == Size.BYTE && dataAddress >= 0 && pec) {
            // i2c-tools' own wording, typo included: scripts and eyes expect these exact lines
            err.println("WARNING! All I2C chips and some SMBus chips will interpret a write");
            err.println("byte command with PEC as awrite byte data command, effectively writing a");
            err.println("value into a register!");
            dont = true;
        }
        err.printf("I will read from device file %s, chip address 0x%02x, ", bus.devicePath(), address);
        if (dataAddress < 0) {
            err.print("current data\naddress");
        } else {
            err.printf("data address\n0x%02x", dataAddress);
        }
        if (size == Size.I2C_BLOCK_DATA) {
            err.printf(", %d %s using read I2C block data.%n", length, length > 1 ? "bytes" : "byte");
        } else {
            err.printf(", using %s.%n", switch (size) {
                case BYTE -> dataAddress < 0 ? "read byte" : "write byte/read byte";
                case BYTE_DATA -> "read byte data";
                case BLOCK_DATA -> "read SMBus block data";
                default -> "read word data";
            });
        }
        if (pec) {
            err.println("PEC checking enabled.");
        }
        return ToolSupport.proceed(s, !dont);
    }

    private static int help(PrintWriter err) {
        err.print(USAGE);
        return 1;
    }
}
