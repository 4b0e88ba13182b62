// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.sim;

/**
 * The shape of a 24Cxx serial EEPROM as the simulator models it.
 *
 * @param size bytes of memory, a power of two
 * @param pageSize bytes of the write page buffer, a power of two; writes wrap within a page
 * @param addressBytes word-address bytes after the device address: 1 (24C01-24C16) or 2 (24C32 and up)
 * @param writeCycleNanos the self-timed write cycle tWR after a stop, during which nothing is acknowledged
 */
public record EepromGeometry(int size, int pageSize, int addressBytes, long writeCycleNanos) {

    /** The fan's T24C04A (and AT24C04B, CAT24C04): 512 bytes, 16-byte pages, tWR 5 ms. */
    public static final EepromGeometry T24C04A = new EepromGeometry(512, 16, 1, 5_000_000);

    public EepromGeometry {
        if (size <= 0 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("EEPROM size " + size + " is not a power of two");
        }
        if (pageSize <= 0 || Integer.bitCount(pageSize) != 1 || pageSize > size) {
            throw new IllegalArgumentException("page size " + pageSize + " is not a power of two up to " + size);
        }
        if (addressBytes != 1 && addressBytes != 2) {
            throw new IllegalArgumentException("word address of " + addressBytes + " bytes; 24Cxx parts use 1 or 2");
        }
        if (writeCycleNanos < 0) {
            throw new IllegalArgumentException("negative write cycle time");
        }
    }

    /**
     * How many consecutive device addresses the chip answers: memory beyond what the word
     * address reaches is selected by low bits of the device address (a 24C04's P0 bit).
     */
    public int addressCount() {
        long perAddress = 1L << (8 * addressBytes);
        return (int) Math.max(1, (size + perAddress - 1) / perAddress);
    }
}
