// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;

/** Numbers a model keeps in its memory beside the registers, big-endian. */
final class Cells {
    private Cells() {
    }

    static long readLong(ChipMemory memory, int cell) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | memory.get(cell + i);
        }
        return v;
    }

    static void writeLong(ChipMemory memory, int cell, long value) {
        long v = value;
        for (int i = 7; i >= 0; i--) {
            memory.set(cell + i, (int) (v & 0xff));
            v >>>= 8;
        }
    }
}
