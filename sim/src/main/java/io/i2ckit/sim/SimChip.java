// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

/**
 * A chip on the simulated wire, seen as the bus conditions and bytes reach it. Every method
 * gets the bus time of the event, so chips with internal timing (an EEPROM's write cycle) follow
 * the simulated clock.
 */
public interface SimChip {

    /** The 7-bit addresses the chip answers; a 24C04 answers two. */
    int[] addresses();

    /** A short description for listings, such as "24C04 EEPROM, 512 bytes". */
    String describe();

    /**
     * A start or repeated start followed by one of this chip's addresses.
     *
     * @param now when the start condition began: a chip busy then has missed it
     * @return whether the chip acknowledges its address
     */
    boolean start(int address, boolean read, long now);

    /** A byte from the host after a write start. @return whether the chip acknowledges it */
    boolean write(int value, long now);

    /**
     * A byte the host reads after a read start.
     *
     * @param hostAcks whether the host will acknowledge the byte (not on the last one)
     */
    int read(boolean hostAcks, long now);

    /** A stop condition ends the transaction the chip took part in. */
    void stop(long now);

    /**
     * The chip was deselected without a stop: the host sent a repeated start to another chip.
     * Like a repeated start to itself, it abandons a pending write.
     */
    void abandon(long now);

    /** Power failed at {@code now}; {@code random} decides what an interrupted write cycle left. */
    default void powerCut(long now, java.util.Random random) {
        abandon(now);
    }
}
