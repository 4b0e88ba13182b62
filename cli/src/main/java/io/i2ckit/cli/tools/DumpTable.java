// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;

import java.io.PrintWriter;

/** {@code i2cdump}'s table: the registers read in the chosen mode and printed in its layouts, once the command line and the bus are settled. */
final class DumpTable {
    /** Marks a register whose read failed, as i2cdump's negative values do. */
    private static final int FAILED = -1;

    private final Session s;
    private final I2cDevice dev;
    private final Dump.Size size;
    private final boolean even;
    private final int first;
    private final int bank;
    private final int bankReg;
    private int last;
    private final int[] block = new int[256 + 32];

    DumpTable(Session s, I2cDevice dev, Dump.Size size, boolean even, int first, int last, int bank, int bankReg) {
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
        if (bank != 0 && size != Dump.Size.BLOCK_DATA) {
            try {
                oldBank = dev.readByteData(bankReg);
                dev.writeByteData(bankReg, bank | (oldBank & 0xf0));
            } catch (I2cException e) {
                s.err().println("Error: Bank switching failed");
                return 1;
            }
        }
        int sLength = 0;
        if (size != Dump.Size.WORD_DATA || even) {
            if (size == Dump.Size.BLOCK_DATA || size == Dump.Size.I2C_BLOCK_DATA) {
                try {
                    if (size == Dump.Size.BLOCK_DATA) {
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
            if (size == Dump.Size.BYTE) {
                try {
                    dev.sendByte(first);
                } catch (I2cException e) {
                    s.err().printf("Error: Write start address failed, return code %d%n", -e.errno());
                    return 1;
                }
            }
            out.println("     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef");
            for (int row = 0; row < 256; row += 16) {
                if (size == Dump.Size.BLOCK_DATA && row >= sLength) {
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
                out.print(Hex.digits(row, 2) + ": ");
                for (int col = 0; col < 8; col++) {
                    int reg = row + col;
                    if (reg < first || reg > last) {
                        out.print("     ");
                        continue;
                    }
                    int word = read(() -> dev.readWordData(reg));
                    out.print(word < 0 ? "XXXX " : Hex.digits(word, 4) + " ");
                }
                out.println();
                out.flush();
            }
        }
        if (bank != 0 && size != Dump.Size.BLOCK_DATA) {
            final int restore = oldBank;
            read(() -> {
                dev.writeByteData(bankReg, restore);
                return 0;
            });
        }
        return 0;
    }

    private void printByteRow(PrintWriter out, int row, int sLength) {
        out.print(Hex.digits(row, 2) + ": ");
        for (int col = 0; col < 16; col++) {
            int reg = row + col;
            if (reg < first || reg > last) {
                out.print("   ");
                if (size == Dump.Size.WORD_DATA) {
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
            if (size == Dump.Size.BLOCK_DATA && reg >= sLength) {
                out.print("   ");
            } else if (res < 0) {
                out.print(size == Dump.Size.WORD_DATA ? "XX XX " : "XX ");
            } else {
                out.print(Hex.digits(block[reg], 2) + " ");
                if (size == Dump.Size.WORD_DATA) {
                    out.print(Hex.digits(block[reg + 1], 2) + " ");
                }
            }
            if (size == Dump.Size.WORD_DATA) {
                col++;
            }
        }
        out.print("   ");
        for (int col = 0; col < 16; col++) {
            int reg = row + col;
            if (size == Dump.Size.BLOCK_DATA && reg >= sLength) {
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
