// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import java.util.List;

/** Offsets written as ranges: {@code 0x010-0x01f, 0x030}. */
final class Ranges {
    private Ranges() {
    }

    static String of(List<Integer> offsets, int base) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < offsets.size(); i++) {
            int start = offsets.get(i);
            int end = start;
            while (i + 1 < offsets.size() && offsets.get(i + 1) == end + 1) {
                end = offsets.get(++i);
            }
            if (shown++ == 8) {
                sb.append(", ...");
                break;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(start == end ? String.format("0x%03x", base + start)
                    : String.format("0x%03x-0x%03x", base + start, base + end));
        }
        return sb.toString();
    }
}
