// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cMessage;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * The simulated wire: runs one transfer condition by condition and byte by byte on the chips,
 * advancing the clock by the bit periods it takes, counting, and injecting planned faults.
 * A start, repeated start or stop takes one bit period; a byte takes nine (8 data bits and the
 * acknowledge bit).
 */
final class Wire {
    private final Map<Integer, SimChip> chips = new LinkedHashMap<>();
    private final SimClock clock;
    private final long bitNanos;
    private final FaultPlan faults;
    private long transactions;
    private long bytes;
    private long bits;
    private long nacks;
    private boolean poweredOff;

    Wire(SimClock clock, int speedHz, FaultPlan faults) {
        if (speedHz <= 0) {
            throw new IllegalArgumentException("bus speed must be positive, not " + speedHz);
        }
        this.clock = clock;
        this.bitNanos = 1_000_000_000L / speedHz;
        this.faults = faults;
    }

    void attach(SimChip chip) {
        for (int a : chip.addresses()) {
            SimChip previous = chips.putIfAbsent(a, chip);
            if (previous != null) {
                throw new IllegalArgumentException(String.format("two chips at address 0x%02x", a));
            }
        }
    }

    SimChip chipAt(int address) {
        return chips.get(address);
    }

    Map<Integer, SimChip> chips() {
        return chips;
    }

    BusStats stats() {
        return new BusStats(transactions, bytes, bits, nacks, clock.nanoTime());
    }

    /**
     * Runs {@code messages} from start to stop.
     *
     * @return the number of messages completed
     * @throws I2cException when a byte is not acknowledged (ENXIO in the address phase, EREMOTEIO
     *                      in the data phase), on a bad block length (EPROTO) or an injected EIO
     */
    int run(String operation, String bus, I2cMessage[] messages) {
        long transaction = ++transactions;
        int firstAddress = messages[0].address();
        if (faults.eioAt(transaction)) {
            throw new I2cIoException(operation, bus, firstAddress, Errno.EIO);
        }
        Transaction t = new Transaction(transaction, operation, bus);
        int done = 0;
        for (int i = 0; i < messages.length; i++) {
            I2cMessage m = messages[i];
            if (i == 0 || !m.has(I2cMessage.NO_START)) {
                if (!t.address(m)) {
                    continue; // not acknowledged, but the message said to ignore it
                }
            }
            boolean read = m.isRead() ^ m.has(I2cMessage.REVERSE_DIRECTION);
            if (read) {
                t.read(m);
            } else {
                t.write(m);
            }
            done++;
        }
        t.stop();
        return done;
    }

    /** One start-to-stop sequence in progress. */
    private final class Transaction {
        private final long number;
        private final String operation;
        private final String bus;
        private int byteIndex;
        private SimChip active;

        Transaction(long number, String operation, String bus) {
            this.number = number;
            this.operation = operation;
            this.bus = bus;
        }

        /** Start (or repeated start) and address byte(s); false if not acknowledged but ignored. */
        boolean address(I2cMessage m) {
            long startCondition = clock.nanoTime(); // a chip busy then never sees this start
            tick(1);
            int address = m.address();
            SimChip chip = m.has(I2cMessage.TEN_BIT) ? null : chips.get(address);
            if (active != null && active != chip) {
                active.abandon(clock.nanoTime());
            }
            active = null;
            boolean read = m.isRead() ^ m.has(I2cMessage.REVERSE_DIRECTION);
            int addressBytes = m.has(I2cMessage.TEN_BIT) ? 2 : 1;
            boolean ack = true;
            for (int k = 0; k < addressBytes; k++) {
                ack &= clockByte(address);
            }
            ack = ack && chip != null && !poweredOff && !faults.isStuck(address, number)
                    && chip.start(address, read, startCondition);
            if (!ack) {
                nacks++;
                if (m.has(I2cMessage.IGNORE_NAK)) {
                    return false;
                }
                fail(Errno.ENXIO, address);
            }
            active = chip;
            return true;
        }

        void write(I2cMessage m) {
            byte[] data = m.buffer();
            for (byte b : data) {
                boolean ack = clockByte(m.address()) && active != null && !poweredOff
                        && active.write(b & 0xff, clock.nanoTime());
                if (!ack) {
                    nacks++;
                    if (m.has(I2cMessage.IGNORE_NAK)) {
                        continue;
                    }
                    fail(Errno.EREMOTEIO, m.address());
                }
            }
        }

        void read(I2cMessage m) {
            byte[] buf = m.buffer();
            if (m.has(I2cMessage.RECV_LEN)) {
                int extra = Math.max(1, buf[0] & 0xff); // the count byte, and a PEC byte if 2
                int count = readByte(m, true);
                if (count < 1 || count > I2cMessage.BLOCK_MAX) {
                    fail(Errno.EPROTO, m.address());
                }
                buf[0] = (byte) count;
                int total = count + extra - 1;
                for (int j = 1; j <= total; j++) {
                    buf[j] = (byte) readByte(m, j < total);
                }
                return;
            }
            for (int j = 0; j < buf.length; j++) {
                buf[j] = (byte) readByte(m, j < buf.length - 1);
            }
        }

        private int readByte(I2cMessage m, boolean hostAcks) {
            if (!clockByte(m.address()) || poweredOff) {
                fail(Errno.EREMOTEIO, m.address()); // the chip lost power while sending
            }
            return active == null ? 0xff : active.read(hostAcks, clock.nanoTime());
        }

        /** Clocks one byte; false when planned faults (a NACK or a power cut) hit it. */
        private boolean clockByte(int address) {
            boolean ok = true;
            if (faults.powerCutDue(bytes)) {
                long now = clock.nanoTime();
                for (SimChip chip : new LinkedHashSet<>(chips.values())) {
                    chip.powerCut(now, faults.random());
                }
                poweredOff = true;
                active = null;
                ok = false;
            }
            if (faults.nackAt(number, byteIndex)) {
                ok = false;
            }
            byteIndex++;
            bytes++;
            tick(9);
            return ok;
        }

        void stop() {
            tick(1);
            if (active != null) {
                active.stop(clock.nanoTime());
                active = null;
            }
        }

        private void fail(int errno, int address) {
            stop(); // the adapter ends the transfer with a stop, which commits what a chip latched
            throw I2cException.fromErrno(operation, bus, address, errno);
        }

        private void tick(int n) {
            bits += n;
            clock.advance(n * bitNanos);
        }
    }
}
