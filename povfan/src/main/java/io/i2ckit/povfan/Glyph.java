// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

/**
 * One character cell: 7 rows by 5 columns of LEDs. Held as 35 bits, column {@code c} in bits
 * {@code 7c} to {@code 7c + 6} with the top row in the high bit of each column, the way the fan's
 * column bytes hold it (before they are inverted).
 */
public record Glyph(long bits) {
    public static final int ROWS = 7;
    public static final int COLUMNS = 5;
    public static final Glyph BLANK = new Glyph(0);

    public Glyph {
        if (bits < 0 || bits >= 1L << (ROWS * COLUMNS)) {
            throw new IllegalArgumentException("a glyph has 35 bits: " + Long.toHexString(bits));
        }
    }

    /** From 7 rows of 5 cells each, '#' lit and '.' dark; anything else is refused. */
    public static Glyph ofRows(String... rows) {
        if (rows.length != ROWS) {
            throw new IllegalArgumentException("a glyph has " + ROWS + " rows, not " + rows.length);
        }
        long bits = 0;
        for (int r = 0; r < ROWS; r++) {
            if (rows[r].length() != COLUMNS || !rows[r].matches("[#.]+")) {
                throw new IllegalArgumentException("a glyph row is 5 cells of '#' (lit) or '.' (dark), not '" + rows[r] + "'");
            }
            for (int c = 0; c < COLUMNS; c++) {
                if (rows[r].charAt(c) == '#') {
                    bits |= 1L << (c * ROWS + (ROWS - 1 - r));
                }
            }
        }
        return new Glyph(bits);
    }

    /** From 5 columns, left to right, each 7 bits with bit 6 the top row (bit 7 ignored). */
    public static Glyph ofColumns(int... columns) {
        if (columns.length != COLUMNS) {
            throw new IllegalArgumentException("a glyph has " + COLUMNS + " columns, not " + columns.length);
        }
        long bits = 0;
        for (int c = 0; c < COLUMNS; c++) {
            bits |= (long) (columns[c] & 0x7f) << (c * ROWS);
        }
        return new Glyph(bits);
    }

    /** Column {@code c} (0 = left): bit 6 the top row, bit 0 the bottom row. */
    public int column(int c) {
        return (int) (bits >>> (c * ROWS)) & 0x7f;
    }

    /** Whether the LED at {@code row} (0 = top) and {@code column} (0 = left) is lit. */
    public boolean lit(int row, int column) {
        return (column(column) >>> (ROWS - 1 - row) & 1) != 0;
    }

    /** The 7 rows as '#' and '.', the font file's way. */
    public String[] rows() {
        String[] rows = new String[ROWS];
        for (int r = 0; r < ROWS; r++) {
            StringBuilder row = new StringBuilder(COLUMNS);
            for (int c = 0; c < COLUMNS; c++) {
                row.append(lit(r, c) ? '#' : '.');
            }
            rows[r] = row.toString();
        }
        return rows;
    }
}
