// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.util.List;

/** Offsets written as ranges for a message: {@code 0x010-0x01f, 0x030}, the first eight, then "...". */
public final class OffsetRanges {
    private static final int SHOWN = 8;

    private OffsetRanges() {
    }

    /**
     * @param offsets ascending offsets
     * @param base added to each offset shown (where an image starts in the part)
     */
    public static String of(List<Integer> offsets, int base) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < offsets.size(); i++) {
            int start = offsets.get(i);
            int end = start;
            while (i + 1 < offsets.size() && offsets.get(i + 1) == end + 1) {
                end = offsets.get(++i);
            }
            if (shown++ == SHOWN) {
                sb.append(", ...");
                break;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(start == end ? String.format("0x%03x", base + start)
                    : String.format("0x%03x-0x%03x", base + start, base + end));
        }
        return sb.toString();
    }
}
