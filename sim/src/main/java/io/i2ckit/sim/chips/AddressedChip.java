// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ModelChip;

/** What every model shares: one address, a name for listings, and the memory its state lives in. */
abstract class AddressedChip implements ModelChip {
    private final int address;
    private final String label;
    protected final ChipMemory memory;

    AddressedChip(int address, String label, ChipMemory memory) {
        this.address = address;
        this.label = label;
        this.memory = memory;
    }

    @Override
    public final int[] addresses() {
        return new int[] {address};
    }

    @Override
    public final String describe() {
        return label;
    }

    @Override
    public final ChipMemory memory() {
        return memory;
    }
}
