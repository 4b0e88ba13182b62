// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.parts;

import java.time.Duration;

/**
 * One row of the chip catalog: the shape of a 24Cxx part.
 *
 * @param name the catalog name, such as "t24c04a" (what {@code --chip} takes)
 * @param size bytes of memory
 * @param pageSize bytes of the page write buffer; a write never crosses a page
 * @param addressBytes word-address bytes after the device address: 1 or 2
 * @param writeCycle the datasheet's maximum self-timed write cycle
 * @param description the parts the row stands for
 */
public record EepromType(String name, int size, int pageSize, int addressBytes, Duration writeCycle,
                         String description) {

    public EepromType {
        if (size <= 0 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException(name + ": size " + size + " is not a power of two");
        }
        if (pageSize <= 0 || Integer.bitCount(pageSize) != 1 || pageSize > size) {
            throw new IllegalArgumentException(name + ": page size " + pageSize + " is not a power of two up to " + size);
        }
        if (addressBytes != 1 && addressBytes != 2) {
            throw new IllegalArgumentException(name + ": word address of " + addressBytes + " bytes; 24Cxx parts use 1 or 2");
        }
        if (writeCycle.isNegative()) {
            throw new IllegalArgumentException(name + ": negative write cycle time");
        }
    }

    /** Bytes one device address reaches: 256 with 1-byte word addresses, 65536 with 2. */
    public int blockSize() {
        return (int) Math.min(size, 1L << (8 * addressBytes));
    }

    /** Consecutive device addresses the part answers: one per block. */
    public int addressCount() {
        return size / blockSize();
    }

    /**
     * This part with its shape changed where a setting says so (a simulated chip's size, page,
     * word address or write cycle): unchanged, it stays this row; changed, it is a "custom" part.
     */
    public EepromType reshaped(int size, int pageSize, int addressBytes, Duration writeCycle) {
        if (size == this.size && pageSize == this.pageSize && addressBytes == this.addressBytes
                && writeCycle.equals(this.writeCycle)) {
            return this;
        }
        return new EepromType("custom", size, pageSize, addressBytes, writeCycle, "a " + name + " reshaped");
    }

    /** This type with another page size, as {@code --page-size} overrides it. */
    public EepromType withPageSize(int bytes) {
        return new EepromType(name, size, bytes, addressBytes, writeCycle, description);
    }
}
