// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.util.BitSet;
import java.util.HexFormat;

/** Intel HEX: data (00), end of file (01), extended segment (02) and linear (04) address records. */
final class IntelHex {
    private static final int MAX_IMAGE = 1 << 20;

    private IntelHex() {
    }

    static Image parse(String text) {
        byte[] data = new byte[0];
        BitSet defined = new BitSet();
        long base = 0;
        int lineNo = 0;
        boolean ended = false;
        for (String raw : text.split("\r?\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (ended) {
                throw bad(lineNo, "a record after the end-of-file record");
            }
            if (!line.startsWith(":") || line.length() < 11 || line.length() % 2 == 0) {
                throw bad(lineNo, "not an Intel HEX record");
            }
            byte[] rec;
            try {
                rec = HexFormat.of().parseHex(line.substring(1));
            } catch (IllegalArgumentException e) {
                throw bad(lineNo, "not hexadecimal");
            }
            int count = rec[0] & 0xff;
            if (rec.length != count + 5) {
                throw bad(lineNo, "its length byte says " + count + " data bytes, it has " + (rec.length - 5));
            }
            int sum = 0;
            for (byte b : rec) {
                sum += b & 0xff;
            }
            if ((sum & 0xff) != 0) {
                throw bad(lineNo, "checksum mismatch");
            }
            int address = (rec[1] & 0xff) << 8 | rec[2] & 0xff;
            switch (rec[3]) {
                case 0x00 -> {
                    long start = base + address;
                    if (start + count > MAX_IMAGE) {
                        throw bad(lineNo, "data beyond 1 MiB, far more than any EEPROM here");
                    }
                    if (start + count > data.length) {
                        data = java.util.Arrays.copyOf(data, (int) (start + count));
                    }
                    for (int i = 0; i < count; i++) {
                        data[(int) start + i] = rec[4 + i];
                        defined.set((int) start + i);
                    }
                }
                case 0x01 -> ended = true;
                case 0x02 -> base = (long) ((rec[4] & 0xff) << 8 | rec[5] & 0xff) << 4;
                case 0x04 -> base = (long) ((rec[4] & 0xff) << 8 | rec[5] & 0xff) << 16;
                case 0x03, 0x05 -> { } // start addresses mean nothing to an EEPROM
                default -> throw bad(lineNo, "unknown record type " + rec[3]);
            }
        }
        if (!ended) {
            throw new IllegalArgumentException("Intel HEX: no end-of-file record (:00000001FF); is the file cut short?");
        }
        return new Image(data, defined);
    }

    /** 16 data bytes a record, extended linear address records past 64 KiB, and the end record. */
    static String render(byte[] data, int start) {
        StringBuilder sb = new StringBuilder();
        int upper = 0;
        for (int i = 0; i < data.length; i += 16) {
            int offset = start + i;
            if (offset >> 16 != upper) {
                upper = offset >> 16;
                record(sb, 0, 0x04, new byte[] {(byte) (upper >> 8), (byte) upper});
            }
            byte[] chunk = java.util.Arrays.copyOfRange(data, i, Math.min(data.length, i + 16));
            record(sb, offset & 0xffff, 0x00, chunk);
        }
        record(sb, 0, 0x01, new byte[0]);
        return sb.toString();
    }

    private static void record(StringBuilder sb, int address, int type, byte[] data) {
        int sum = data.length + (address >> 8) + (address & 0xff) + type;
        sb.append(String.format(":%02X%04X%02X", data.length, address, type));
        for (byte b : data) {
            sb.append(String.format("%02X", b & 0xff));
            sum += b & 0xff;
        }
        sb.append(String.format("%02X%n", (-sum) & 0xff));
    }

    private static IllegalArgumentException bad(int line, String why) {
        return new IllegalArgumentException("Intel HEX line " + line + ": " + why);
    }
}
