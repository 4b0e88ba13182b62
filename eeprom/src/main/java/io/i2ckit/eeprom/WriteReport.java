// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.util.List;

/**
 * What a write did.
 *
 * @param offset the first byte of the range written
 * @param length bytes in the range
 * @param changedBytes bytes whose value differed before the write
 * @param pagesWritten page writes sent (each one write cycle), retries at smaller pages included
 * @param pagesSkipped pages left alone because they already held the data
 * @param plannedPageSize the page size first written with: the catalog's, or the most the
 *                        adapter's write path carries
 * @param pageSize the page size that verified: the planned one, or smaller after a fallback
 * @param writtenPages the {@code [offset, length]} of every page write sent, in order
 */
public record WriteReport(int offset, int length, int changedBytes, int pagesWritten, int pagesSkipped,
                          int plannedPageSize, int pageSize, List<int[]> writtenPages) {

    /** Whether the part needed a smaller page than planned: its real page is smaller than its row says. */
    public boolean fellBack() {
        return pageSize < plannedPageSize;
    }
}
