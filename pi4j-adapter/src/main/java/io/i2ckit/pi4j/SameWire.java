// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.pi4j;

import io.i2ckit.core.Capability;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.UnsupportedCapabilityException;

import java.util.Arrays;

/**
 * Pi4J's byte-level calls on an i2ckit device. Plain I2C where the adapter has it; on an
 * SMBus-only adapter (i2c-stub, some PC controllers), the SMBus transaction that puts the very
 * same bits on the wire: one byte out is a send byte, a register and a byte a write byte, a
 * register and up to 32 bytes an I2C block write, a register then one byte back a read byte,
 * then up to 32 an I2C block read. Anything without such a twin fails, naming the capability.
 */
final class SameWire {
    private SameWire() {
    }

    static void write(I2cDevice d, byte[] data) {
        if (plain(d) || data.length == 0) {
            d.write(data);
        } else if (data.length == 1) {
            d.sendByte(data[0] & 0xff);
        } else if (data.length == 2) {
            d.writeByteData(data[0] & 0xff, data[1] & 0xff);
        } else if (data.length <= 33) {
            d.writeI2cBlockData(data[0] & 0xff, Arrays.copyOfRange(data, 1, data.length));
        } else {
            throw missing(d, "write " + data.length + " bytes in one message");
        }
    }

    static byte[] read(I2cDevice d, int length) {
        if (plain(d)) {
            return d.read(length);
        }
        if (length == 1) {
            return new byte[] {(byte) d.receiveByte()};
        }
        throw missing(d, "read " + length + " bytes in one message");
    }

    /** A write then a read, joined by a repeated start. */
    static byte[] writeRead(I2cDevice d, byte[] out, int length) {
        if (plain(d)) {
            return d.writeRead(out, length);
        }
        if (out.length == 1 && length == 1) {
            return new byte[] {(byte) d.readByteData(out[0] & 0xff)};
        }
        if (out.length == 1 && length >= 1 && length <= 32) {
            return d.readI2cBlockData(out[0] & 0xff, length);
        }
        throw missing(d, "write " + out.length + " and read " + length + " bytes with a repeated start");
    }

    private static boolean plain(I2cDevice d) {
        return d.bus().functionality().has(Capability.I2C);
    }

    private static UnsupportedCapabilityException missing(I2cDevice d, String what) {
        return new UnsupportedCapabilityException(what, d.bus().name(), d.address(), d.bus().adapterName(), Capability.I2C);
    }
}
