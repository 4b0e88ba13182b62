// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Which chips usually sit at an address, from the table in {@code known-chips.txt}. */
final class KnownChips {
    private record Row(int first, int last, String chip) {
    }

    private final List<Row> rows;

    private KnownChips(List<Row> rows) {
        this.rows = rows;
    }

    static KnownChips standard() {
        try (InputStream in = KnownChips.class.getResourceAsStream("known-chips.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-chips.txt is missing from the i2ckit jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnownChips parse(String text) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] w = t.split("\\s+", 2);
            if (w.length < 2) {
                throw new IllegalArgumentException("known-chips.txt line " + n + ": expected ADDRESS CHIP, got '" + t + "'");
            }
            String[] range = w[0].split("-");
            try {
                int first = Integer.decode(range[0]);
                int last = range.length > 1 ? Integer.decode(range[1]) : first;
                if (first > last || last > 0x7f) {
                    throw new NumberFormatException();
                }
                rows.add(new Row(first, last, w[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("known-chips.txt line " + n + ": bad address range '" + w[0] + "'");
            }
        }
        return new KnownChips(List.copyOf(rows));
    }

    /** The chips that may answer at {@code address}, most specific (narrowest range) first. */
    List<String> at(int address) {
        return rows.stream().filter(r -> r.first <= address && address <= r.last)
                .sorted(java.util.Comparator.comparingInt(r -> r.last - r.first))
                .map(Row::chip).toList();
    }
}
