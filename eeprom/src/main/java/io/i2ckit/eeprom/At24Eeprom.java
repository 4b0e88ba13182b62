// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import io.i2ckit.core.BusLock;
import io.i2ckit.core.Capability;
import io.i2ckit.core.Errno;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.Retry;
import io.i2ckit.core.parts.EepromType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A 24Cxx serial EEPROM, driven as the kernel's at24 drives it: reads over the fastest path the
 * adapter allows, across the part's block addresses; writes split at page boundaries and never
 * crossing one, each sent when ACK polling finds the part out of its write cycle; pages that
 * already hold the data skipped; everything written read back, and pages that did not verify
 * written again at half the page size, since a part's true page can be smaller than its row says.
 *
 * <p>Every operation holds the bus lock throughout, so no other thread or i2ckit process gets
 * between its transactions.
 */
public final class At24Eeprom {
    private final I2cBus bus;
    private final EepromType type;
    private final EepromOptions options;
    private final I2cDevice[] blocks;
    private final Transport reader;
    private final Transport writer;

    /** The addresses a 24Cxx answers: 1010 then its three address pins (or block bits). */
    public static final int FIRST_ADDRESS = 0x50;
    public static final int LAST_ADDRESS = 0x57;

    public At24Eeprom(I2cDevice device, EepromType type) {
        this(device, type, EepromOptions.DEFAULTS);
    }

    /**
     * @param device the part's first (or only) address; the others are selected from it, so a
     *               kernel driver owning any of them fails here with BusyException unless forced
     */
    public At24Eeprom(I2cDevice device, EepromType type, EepromOptions options) {
        this.bus = device.bus();
        this.type = type;
        this.options = options;
        int base = device.address();
        int count = type.addressCount();
        if (base < FIRST_ADDRESS || base + count - 1 > LAST_ADDRESS) {
            // even a read would first write the word address to whatever chip sits there
            throw new IllegalArgumentException(String.format("0x%02x is not an EEPROM address: a %s answers only at"
                    + " 0x%02x-0x%02x (%s), as its address pins choose", base, type.name(), FIRST_ADDRESS, LAST_ADDRESS,
                    count == 1 ? "one address" : count + " addresses from a multiple of " + count));
        }
        if (base % count != 0) {
            throw new IllegalArgumentException(String.format("a %s answers %d addresses starting at a multiple of %d;"
                    + " 0x%02x is not one (did you mean 0x%02x?)", type.name(), count, count, base, base - base % count));
        }
        this.blocks = new I2cDevice[count];
        blocks[0] = device;
        for (int k = 1; k < count; k++) {
            blocks[k] = bus.device(base + k, device.options());
        }
        this.reader = Transport.reader(bus.functionality(), type, blocks);
        this.writer = Transport.writer(bus.functionality(), type, blocks);
        if (reader == null || writer == null) {
            throw new I2cException("use EEPROM", bus.name(), base, Errno.EOPNOTSUPP, "adapter " + bus.name() + " ("
                    + bus.adapterName() + ") can " + (reader == null ? "read" : "write") + " this part neither with"
                    + " plain I2C nor with SMBus block or byte transactions");
        }
    }

    public EepromType type() {
        return type;
    }

    public I2cBus bus() {
        return bus;
    }

    /** The part's first address. */
    public int address() {
        return blocks[0].address();
    }

    /** How reads go on this adapter, for people. */
    public String readPath() {
        return reader.describeRead();
    }

    /** How writes go on this adapter, for people. */
    public String writePath() {
        return writer.describeWrite();
    }

    /** Transactions this driver started, polls and retries included. */
    public long transactions() {
        return reader.transactions + (writer == reader ? 0 : writer.transactions);
    }

    /** Bytes this driver put on the wire, address bytes included. */
    public long wireBytes() {
        return reader.wireBytes + (writer == reader ? 0 : writer.wireBytes);
    }

    public byte[] readAll() {
        return read(0, type.size());
    }

    public byte[] read(int offset, int length) {
        checkRange(offset, length);
        byte[] out = new byte[length];
        try (BusLock hold = bus.lock()) {
            int done = 0;
            while (done < length) {
                int o = offset + done;
                int n = Math.min(length - done, reader.maxRead());
                n = Math.min(n, type.blockSize() - o % type.blockSize()); // one block address a read
                final int at = done;
                final int count = n;
                poll(() -> {
                    reader.read(o, out, at, count);
                    return null;
                });
                done += n;
                options.progress().update("reading", done, length);
            }
        }
        return out;
    }

    /**
     * Writes {@code data} at {@code offset}.
     *
     * @param current what the range holds now, if already read (a backup, say), or null to read it
     * @throws EepromVerifyException when the read-back differs even at one-byte pages
     */
    public WriteReport write(int offset, byte[] data, byte[] current) {
        checkRange(offset, data.length);
        if (current != null && current.length != data.length) {
            throw new IllegalArgumentException("current contents of " + current.length + " bytes for " + data.length);
        }
        try (BusLock hold = bus.lock()) {
            byte[] before = current != null ? current : read(offset, data.length);
            int changed = 0;
            for (int i = 0; i < data.length; i++) {
                changed += data[i] != before[i] ? 1 : 0;
            }
            List<int[]> all = pages(offset, data.length, Math.min(type.pageSize(), writer.maxWrite()));
            List<int[]> plan = new ArrayList<>();
            for (int[] page : all) {
                if (!Arrays.equals(data, page[0] - offset, page[0] - offset + page[1],
                        before, page[0] - offset, page[0] - offset + page[1])) {
                    plan.add(page);
                }
            }
            List<int[]> written = new ArrayList<>();
            long writeStart = bus.clock().nanoTime();
            writePages(plan, data, offset, written);
            if (!plan.isEmpty()) {
                awaitWriteCycle();
            }
            long writeNanos = bus.clock().nanoTime() - writeStart;
            int planned = Math.min(type.pageSize(), writer.maxWrite());
            int pageSize = planned;
            if (options.verify() && !plan.isEmpty()) {
                List<int[]> bad = verify(plan, data, offset);
                while (!bad.isEmpty() && pageSize > 1) {
                    pageSize /= 2;
                    List<int[]> smaller = new ArrayList<>();
                    for (int[] page : bad) {
                        smaller.addAll(pages(page[0], page[1], pageSize));
                    }
                    writePages(smaller, data, offset, written);
                    bad = verify(smaller, data, offset);
                }
                if (!bad.isEmpty()) {
                    throw verifyFailure(bad, data, before, offset);
                }
            }
            return new WriteReport(offset, data.length, changed, all.size() - plan.size(), planned, pageSize,
                    plan.size(), List.copyOf(written), writeNanos);
        }
    }

    /** Sets every byte to {@code value} (0xff is the erased state of these parts). */
    public WriteReport erase(int value, byte[] current) {
        byte[] image = new byte[type.size()];
        Arrays.fill(image, (byte) value);
        return write(0, image, current);
    }

    /**
     * Polls until the part is out of the write cycle the last page started, with the cheapest
     * read the adapter has: a current-address read of one byte ({@code S Addr Rd [A] [Data] NA P}),
     * as plain I2C or SMBus receive byte; else a one-byte read at an offset. Never a quick write,
     * which some EEPROMs take as the start of a write (i2cdetect avoids it at 0x50-0x5f too).
     */
    private void awaitWriteCycle() {
        I2cDevice first = blocks[0];
        Functionality f = bus.functionality();
        byte[] one = new byte[1];
        poll(() -> {
            if (f.has(Capability.I2C)) {
                first.read(1);
            } else if (f.has(Capability.SMBUS_RECEIVE_BYTE)) {
                first.receiveByte();
            } else {
                reader.read(0, one, 0, 1);
            }
            return null;
        });
    }

    private void writePages(List<int[]> pages, byte[] data, int offset, List<int[]> written) {
        int total = pages.stream().mapToInt(p -> p[1]).sum();
        int done = 0;
        for (int[] page : pages) {
            poll(() -> {
                writer.write(page[0], data, page[0] - offset, page[1]);
                return null;
            });
            written.add(page);
            done += page[1];
            options.progress().update("writing", done, total);
        }
    }

    /** Reads back the span the pages cover; returns the pages that differ from {@code data}. */
    private List<int[]> verify(List<int[]> pages, byte[] data, int offset) {
        int start = pages.get(0)[0];
        int[] last = pages.get(pages.size() - 1);
        byte[] back = read(start, last[0] + last[1] - start);
        List<int[]> bad = new ArrayList<>();
        for (int[] page : pages) {
            if (!Arrays.equals(back, page[0] - start, page[0] - start + page[1],
                    data, page[0] - offset, page[0] - offset + page[1])) {
                bad.add(page);
            }
        }
        return bad;
    }

    private EepromVerifyException verifyFailure(List<int[]> bad, byte[] data, byte[] before, int offset) {
        List<Integer> offsets = new ArrayList<>();
        boolean unchanged = true;
        for (int[] page : bad) {
            byte[] back = read(page[0], page[1]);
            for (int i = 0; i < page[1]; i++) {
                int o = page[0] + i;
                if (back[i] != data[o - offset]) {
                    offsets.add(o);
                    unchanged &= back[i] == before[o - offset];
                }
            }
        }
        return new EepromVerifyException(bus.name(), address(), offsets, unchanged);
    }

    /** {@code [offset, length]} pieces of the range, none crossing a page of {@code pageSize}. */
    static List<int[]> pages(int offset, int length, int pageSize) {
        List<int[]> pages = new ArrayList<>();
        int o = offset;
        int end = offset + length;
        while (o < end) {
            int n = Math.min(end - o, pageSize - o % pageSize);
            pages.add(new int[] {o, n});
            o += n;
        }
        return pages;
    }

    /** One transaction, retried while the part does not acknowledge: its write cycle. */
    private <T> T poll(Supplier<T> attempt) {
        return Retry.withDeadline(bus.clock(), options.writeTimeout(), options.pollPause(), Retry.NO_ACKNOWLEDGE, attempt);
    }

    private void checkRange(int offset, int length) {
        if (offset < 0 || length < 0 || (long) offset + length > type.size()) {
            throw new IllegalArgumentException(String.format("bytes 0x%x-0x%x are outside the %d bytes of a %s",
                    offset, (long) offset + length - 1, type.size(), type.name()));
        }
    }
}
