// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The contents of a file meant for a part: bytes from offset 0, some of which may be left
 * undefined (a gap in an Intel HEX file, an unreadable XX cell in a dump). Writes touch only the
 * defined bytes; comparisons look only at them.
 */
public record Image(byte[] data, BitSet defined) {

    /** Every byte of {@code data} defined. */
    public static Image of(byte[] data) {
        BitSet all = new BitSet(data.length);
        all.set(0, data.length);
        return new Image(data.clone(), all);
    }

    public int length() {
        return data.length;
    }

    public boolean isComplete() {
        return defined.cardinality() == data.length;
    }

    /** The defined runs as {@code [offset, length]}. */
    public List<int[]> runs() {
        List<int[]> runs = new ArrayList<>();
        int i = defined.nextSetBit(0);
        while (i >= 0 && i < data.length) {
            int end = defined.nextClearBit(i);
            runs.add(new int[] {i, Math.min(end, data.length) - i});
            i = defined.nextSetBit(end);
        }
        return runs;
    }

    /** Offsets of the defined bytes that differ in {@code other}, which must be at least as long. */
    public List<Integer> differences(byte[] other) {
        List<Integer> diff = new ArrayList<>();
        for (int i = defined.nextSetBit(0); i >= 0 && i < data.length; i = defined.nextSetBit(i + 1)) {
            if (data[i] != other[i]) {
                diff.add(i);
            }
        }
        return diff;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && Arrays.equals(data, i.data) && defined.equals(i.defined);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + defined.hashCode();
    }

    @Override
    public String toString() {
        return "Image[" + data.length + " bytes, " + defined.cardinality() + " defined]";
    }
}
