// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.parts.EepromType;

import java.util.Random;

/**
 * A 24Cxx serial EEPROM, modelled on the datasheets (AT24C04B, Microchip 24C04A):
 * <ul>
 * <li>answers {@link EepromType#addressCount()} device addresses; the low address bits
 *     select the 256-byte block (a 24C04 at 0x50 holds bytes 256-511 at 0x51);</li>
 * <li>a write sends the word address, then data into the page buffer; data past the end of the
 *     page wraps to the start of the same page, overwriting what came first;</li>
 * <li>the buffer is programmed only at a stop, which starts the write cycle; during the cycle the
 *     chip acknowledges nothing (ACK polling), and a repeated start instead of a stop discards it;</li>
 * <li>reads continue from the internal address counter and roll over from the last byte of memory
 *     to the first;</li>
 * <li>with the write-protect pin high, writes are acknowledged but no write cycle happens.</li>
 * </ul>
 */
public final class EepromChip implements SimChip {
    private enum Phase { IDLE, WORD_ADDRESS, WRITING, READING }

    private final int base;
    private final EepromType geometry;
    private final ChipMemory memory;
    private final String label;
    private final int[] page;
    private final boolean[] loaded;
    private boolean writeProtected;
    private Phase phase = Phase.IDLE;
    private int block;
    private int wordAddress;
    private int wordBytes;
    private int pointer;
    private int pageBase;
    private long busyUntil = Long.MIN_VALUE;
    private int[] lastCycleOffsets = new int[0];
    private int[] lastCycleOld = new int[0];
    private int[] lastCycleNew = new int[0];

    public EepromChip(int baseAddress, EepromType geometry, ChipMemory memory, String label) {
        int count = geometry.addressCount();
        if (baseAddress % count != 0) {
            throw new IllegalArgumentException(String.format(
                    "a %d-address EEPROM must sit at a multiple of %d, not 0x%02x", count, count, baseAddress));
        }
        if (baseAddress < 0 || baseAddress + count - 1 > 0x7f) {
            throw new IllegalArgumentException(String.format("address 0x%02x out of range", baseAddress));
        }
        if (memory.size() != geometry.size()) {
            throw new IllegalArgumentException("memory of " + memory.size() + " bytes for a chip of " + geometry.size());
        }
        this.base = baseAddress;
        this.geometry = geometry;
        this.memory = memory;
        this.label = label;
        this.page = new int[geometry.pageSize()];
        this.loaded = new boolean[geometry.pageSize()];
    }

    @Override
    public int[] addresses() {
        int[] a = new int[geometry.addressCount()];
        for (int i = 0; i < a.length; i++) {
            a[i] = base + i;
        }
        return a;
    }

    @Override
    public String describe() {
        return String.format("%s EEPROM, %d bytes, %d-byte pages, %d-byte word address, tWR %.1f ms%s",
                label, geometry.size(), geometry.pageSize(), geometry.addressBytes(),
                geometry.writeCycle().toNanos() / 1e6, writeProtected ? ", write-protected" : "");
    }

    @Override
    public boolean start(int address, boolean read, long now) {
        if (now < busyUntil) {
            return false; // internal write cycle: the chip does not listen
        }
        discardPage();
        block = address - base;
        if (read) {
            phase = Phase.READING;
        } else {
            phase = Phase.WORD_ADDRESS;
            wordAddress = 0;
            wordBytes = 0;
        }
        return true;
    }

    @Override
    public boolean write(int value, long now) {
        switch (phase) {
            case WORD_ADDRESS -> {
                wordAddress = (wordAddress << 8) | (value & 0xff);
                if (++wordBytes == geometry.addressBytes()) {
                    long full = ((long) block << (8 * geometry.addressBytes())) | wordAddress;
                    pointer = (int) (full % geometry.size());
                    pageBase = pointer - pointer % geometry.pageSize();
                    phase = Phase.WRITING;
                }
                return true;
            }
            case WRITING -> {
                int column = pointer - pageBase;
                page[column] = value & 0xff;
                loaded[column] = true;
                pointer = pageBase + (column + 1) % geometry.pageSize(); // roll over within the page
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public int read(boolean hostAcks, long now) {
        if (phase != Phase.READING) {
            return 0xff;
        }
        int value = memory.get(pointer);
        pointer = (pointer + 1) % geometry.size();
        return value;
    }

    @Override
    public void stop(long now) {
        if (phase == Phase.WRITING && !writeProtected && anyLoaded()) {
            program(now);
        }
        discardPage();
        phase = Phase.IDLE;
    }

    @Override
    public void abandon(long now) {
        discardPage();
        phase = Phase.IDLE;
    }

    /**
     * Power failed. A page still in the buffer is lost. If a write cycle was under way, each of
     * its bytes may hold the new value, the old one, or the erased state 0xff, as
     * {@code random} decides. The chip comes back from reset: counter at 0, not busy.
     */
    @Override
    public void powerCut(long now, Random random) {
        if (now < busyUntil) {
            for (int i = 0; i < lastCycleOffsets.length; i++) {
                int outcome = random.nextInt(3);
                int value = outcome == 0 ? lastCycleNew[i] : outcome == 1 ? lastCycleOld[i] : 0xff;
                memory.set(lastCycleOffsets[i], value);
            }
        }
        busyUntil = Long.MIN_VALUE;
        discardPage();
        phase = Phase.IDLE;
        pointer = 0;
    }

    private void program(long now) {
        int n = 0;
        for (boolean b : loaded) {
            n += b ? 1 : 0;
        }
        lastCycleOffsets = new int[n];
        lastCycleOld = new int[n];
        lastCycleNew = new int[n];
        int k = 0;
        for (int column = 0; column < page.length; column++) {
            if (loaded[column]) {
                int offset = pageBase + column;
                lastCycleOffsets[k] = offset;
                lastCycleOld[k] = memory.get(offset);
                lastCycleNew[k] = page[column];
                memory.set(offset, page[column]);
                k++;
            }
        }
        busyUntil = now + geometry.writeCycle().toNanos();
    }

    private boolean anyLoaded() {
        for (boolean b : loaded) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    private void discardPage() {
        java.util.Arrays.fill(loaded, false);
    }

    public EepromType geometry() {
        return geometry;
    }

    public ChipMemory memory() {
        return memory;
    }

    public String label() {
        return label;
    }

    public int baseAddress() {
        return base;
    }

    public boolean writeProtected() {
        return writeProtected;
    }

    public void setWriteProtected(boolean on) {
        writeProtected = on;
    }

    /** The internal address counter, where a current-address read continues. */
    public int pointer() {
        return pointer;
    }

    public void setPointer(int offset) {
        pointer = Math.floorMod(offset, geometry.size());
    }

    /** Whether the chip is in its write cycle at {@code now}. */
    public boolean busyAt(long now) {
        return now < busyUntil;
    }
}
