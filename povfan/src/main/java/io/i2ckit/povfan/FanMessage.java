// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import java.util.List;

/**
 * A message encoded for a fan: the image bytes (count, then each string), the strings, what the
 * profile's soft limits warn about, and the memory it may fill.
 */
public record FanMessage(byte[] bytes, List<String> strings, List<String> warnings, int capacity) {
    public int used() {
        return bytes.length;
    }

    public int free() {
        return capacity - bytes.length;
    }

    /** "73 of 512 bytes used, 439 free". */
    public String capacityLine() {
        return String.format("%d of %d bytes used, %d free", used(), capacity, free());
    }
}
