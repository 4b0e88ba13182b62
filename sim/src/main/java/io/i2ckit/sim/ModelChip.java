// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

/** A chip built by a {@link ChipModel}, whose state lives in one {@link ChipMemory}. */
public interface ModelChip extends SimChip {

    /** The memory holding the chip's state, flushed when the bus closes. */
    ChipMemory memory();
}
