// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * {@code i2cset}'s write, once the command line is parsed: the mask applied to the old value,
 * the transaction, and with -r the readback, which unlike i2c-tools exits 1 when it fails or
 * differs, and reads block writes back as blocks.
 */
final class SetWrite {
    private SetWrite() {
    }

    /** Writes the request (a masked one after reading the old value); reads it back with -r. */
    static int write(Session s, I2cBus bus, I2cDevice dev, Set.Request r) {
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
                if (!ToolSupport.proceed(s, true)) {
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

    private static int readbackValue(Session s, I2cDevice dev, Set.Request r, int value) {
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
        if (got != value) {
            s.out().println("Warning - data mismatch - wrote " + Hex.prefixed(value, r.width()) + ", read back "
                    + Hex.prefixed(got, r.width()));
            return 1;
        }
        s.out().println("Value " + Hex.prefixed(value, r.width()) + " written, readback matched");
        return 0;
    }

    /** Block writes read back as blocks; i2c-tools compares them with a byte read instead. */
    private static int readbackBlock(Session s, I2cDevice dev, Set.Request r) {
        byte[] got;
        try {
            got = r.size() == Set.Size.I2C_BLOCK_DATA
                    ? dev.readI2cBlockData(r.dataAddress(), r.block().length)
                    : dev.readBlockData(r.dataAddress());
        } catch (I2cException e) {
            s.out().println("Warning - readback failed");
            return 1;
        }
        if (!Arrays.equals(got, r.block())) {
            s.out().println("Warning - data mismatch - wrote " + Hex.bytes(r.block()) + ", read back " + Hex.bytes(got));
            return 1;
        }
        s.out().println("Values " + Hex.bytes(r.block()) + " written, readback matched");
        return 0;
    }
}
