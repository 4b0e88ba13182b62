// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * i2cdump's text: a header, then rows of {@code "NN: "} and 16 cells. Each header starts the next
 * block of 256 bytes, so the two dumps of a 24C04 (0x50, then 0x51) make one 512-byte image.
 * XX cells (unreadable) and blank cells (outside a range) leave their bytes undefined. Besides
 * tables, a paste may hold comments ({@code #}, and the {@code # bytes 0xNNN-...} comment i2ckit
 * writes before a table places it at its block), i2c-tools' own messages and the shell lines that
 * ran i2cdump; any other line, and a row that does not parse whole, is an error naming the line:
 * nothing is skipped silently.
 */
final class DumpText {
    private static final Pattern HEADER = Pattern.compile(" {5}0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f.*");
    private static final Pattern WORD_HEADER = Pattern.compile(" {5}0,8  1,9 .*");
    private static final Pattern ROW = Pattern.compile("([0-9a-f]{2}): (.{48}).*");
    private static final Pattern CELL = Pattern.compile("[0-9a-f]{2}|XX| {2}");
    private static final Pattern PLACE = Pattern.compile("# bytes 0x([0-9a-f]+)-.*");
    private static final Pattern ROW_START = Pattern.compile("[0-9a-fA-F]{2}:.*");
    /** What i2cdump and its shell say around a table: messages, prompts, the command line. */
    private static final Pattern CHATTER = Pattern.compile("(No size specified|WARNING! This program|I will probe"
            + "|Continue\\?|PEC checking|Only probing|Using command|Probing bank|Probe range|You have five seconds).*"
            + "|.*\\bi2cdump\\b.*");

    private DumpText() {
    }

    static Image parse(String text) {
        int block = -1;
        int placedAt = -1;
        int lineNo = 0;
        byte[] data = new byte[0];
        BitSet defined = new BitSet();
        for (String line : text.split("\r?\n")) {
            lineNo++;
            if (WORD_HEADER.matcher(line).matches()) {
                throw new IllegalArgumentException("dump line " + lineNo + ": a word-mode dump (w); take one in mode b or i");
            }
            Matcher place = PLACE.matcher(line);
            if (place.matches()) {
                placedAt = Integer.parseInt(place.group(1), 16) / 256;
                continue;
            }
            if (HEADER.matcher(line).matches()) {
                block = placedAt >= 0 ? placedAt : block + 1;
                placedAt = -1;
                data = java.util.Arrays.copyOf(data, Math.max(data.length, (block + 1) * 256));
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                String t = line.strip();
                if (ROW_START.matcher(t).matches()) {
                    throw new IllegalArgumentException("dump line " + lineNo + ": '" + t + "' is not a whole row:"
                            + " 'NN: ' and 16 cells (two hex digits, XX, or blank)");
                }
                if (!t.isEmpty() && !t.startsWith("#") && !CHATTER.matcher(t).matches()) {
                    throw new IllegalArgumentException("dump line " + lineNo + ": '" + t + "' is not part of an i2cdump"
                            + " table; delete it, or make it a comment with #");
                }
                continue;
            }
            if (block < 0) {
                throw new IllegalArgumentException("dump line " + lineNo + ": a row before any i2cdump header");
            }
            int row = Integer.parseInt(m.group(1), 16);
            if (row % 16 != 0) {
                throw new IllegalArgumentException("dump line " + lineNo + ": row " + m.group(1) + " is not a multiple of 0x10");
            }
            String cells = m.group(2);
            for (int col = 0; col < 16; col++) {
                String cell = cells.substring(3 * col, 3 * col + 2);
                if (!CELL.matcher(cell).matches() || cells.charAt(3 * col + 2) != ' ') {
                    throw new IllegalArgumentException("dump line " + lineNo + ": cell " + (col + 1) + " ('" + cell
                            + "') is not a byte");
                }
                if (cell.matches("[0-9a-f]{2}")) {
                    int offset = block * 256 + row + col;
                    data[offset] = (byte) Integer.parseInt(cell, 16);
                    defined.set(offset);
                }
            }
        }
        if (block < 0) {
            throw new IllegalArgumentException("no i2cdump table found (its header starts '     0  1  2  3')");
        }
        return new Image(data, defined);
    }

    /**
     * One i2cdump table (layout {@code i}) per 256 bytes the data touches, each after a comment
     * naming its bytes and device address; cells outside the data are blank, as with
     * {@code i2cdump -r}, and rows wholly outside are left out.
     */
    static String render(byte[] data, int start, int blockSize, int baseAddress) {
        StringBuilder sb = new StringBuilder();
        int end = start + data.length;
        for (int table = start - start % 256; table < end; table += 256) {
            sb.append(String.format("# bytes 0x%03x-0x%03x (address 0x%02x)%n", Math.max(table, start),
                    Math.min(table + 256, end) - 1, baseAddress + table / blockSize));
            sb.append("     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef\n");
            for (int row = table; row < table + 256 && row < end; row += 16) {
                if (row + 16 <= start) {
                    continue;
                }
                sb.append(String.format("%02x: ", row - table));
                StringBuilder ascii = new StringBuilder();
                for (int o = row; o < row + 16; o++) {
                    if (o < start || o >= end) {
                        sb.append("   ");
                        ascii.append(' ');
                        continue;
                    }
                    int v = data[o - start] & 0xff;
                    sb.append(String.format("%02x ", v));
                    ascii.append(v == 0x00 || v == 0xff ? '.' : v < 32 || v >= 127 ? '?' : (char) v);
                }
                sb.append("   ").append(ascii).append('\n');
            }
        }
        return sb.toString();
    }
}
