// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import io.i2ckit.core.parts.EepromType;
import java.util.List;

/**
 * What a write did.
 *
 * @param offset the first byte of the range written
 * @param length bytes in the range
 * @param changedBytes bytes whose value differed before the write
 * @param pagesSkipped pages left alone because they already held the data
 * @param plannedPageSize the page size first written with: the catalog's, or the most the
 *                        adapter's write path carries
 * @param pageSize the page size that verified: the planned one, or smaller after a fallback
 * @param firstRound how many of {@code writtenPages} the first round sent, before any fallback
 * @param writtenPages the {@code [offset, length]} of every page write sent, in order
 * @param writeNanos bus-clock time from the first page write until the part finished the first
 *                   round's last write cycle
 */
public record WriteReport(int offset, int length, int changedBytes, int pagesSkipped, int plannedPageSize,
                          int pageSize, int firstRound, List<int[]> writtenPages, long writeNanos) {

    /** Page writes sent, retries at smaller pages included: each one write cycle. */
    public int pagesWritten() {
        return writtenPages.size();
    }

    /** Whether the part needed a smaller page than planned: its real page is smaller than its row says. */
    public boolean fellBack() {
        return pageSize < plannedPageSize;
    }

    /**
     * The least bus time the first round can take at {@code speedHz}: each page's bits (start,
     * address, word address, data, each byte with its acknowledge, stop), then a full write cycle.
     */
    public long minimumWriteNanos(EepromType type, int speedHz) {
        long total = 0;
        for (int[] page : writtenPages.subList(0, firstRound)) {
            long bits = 1 + 9L * (1 + type.addressBytes() + page[1]) + 1;
            total += bits * 1_000_000_000L / speedHz + type.writeCycle().toNanos();
        }
        return total;
    }
}
