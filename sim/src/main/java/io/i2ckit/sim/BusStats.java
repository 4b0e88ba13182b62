// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

/**
 * Counters of the simulated wire.
 *
 * @param transactions start-to-stop sequences, including failed attempts such as ACK polls
 * @param bytes bytes clocked on the wire, address bytes included
 * @param bits bit periods: 9 per byte (8 data and the acknowledge bit), one per start, repeated
 *             start and stop condition
 * @param nacks bytes not acknowledged by a chip
 * @param busNanos bus time: the bits at the bus speed plus the idle waits of the host
 */
public record BusStats(long transactions, long bytes, long bits, long nacks, long busNanos) {
    public static final BusStats ZERO = new BusStats(0, 0, 0, 0, 0);

    public BusStats plus(BusStats other) {
        return new BusStats(transactions + other.transactions, bytes + other.bytes, bits + other.bits,
                nacks + other.nacks, busNanos + other.busNanos);
    }

    public BusStats minus(BusStats other) {
        return new BusStats(transactions - other.transactions, bytes - other.bytes, bits - other.bits,
                nacks - other.nacks, busNanos - other.busNanos);
    }

    @Override
    public String toString() {
        return String.format("%d transactions, %d bytes on the wire, %d bits, %d NACKs, bus time %.3f ms",
                transactions, bytes, bits, nacks, busNanos / 1e6);
    }
}
