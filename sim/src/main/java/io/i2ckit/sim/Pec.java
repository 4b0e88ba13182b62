// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

/** The SMBus packet error code: CRC-8 with polynomial x^8 + x^2 + x + 1, starting from 0. */
final class Pec {
    private Pec() {
    }

    static int update(int crc, int value) {
        int c = (crc ^ value) & 0xff;
        for (int i = 0; i < 8; i++) {
            c = (c & 0x80) != 0 ? ((c << 1) ^ 0x07) & 0xff : (c << 1) & 0xff;
        }
        return c;
    }

    static int update(int crc, byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            crc = update(crc, data[i] & 0xff);
        }
        return crc;
    }
}
