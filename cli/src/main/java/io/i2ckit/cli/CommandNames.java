// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What a mistyped command probably meant: the nearest names, and i2c-tools' names for i2ckit's. */
final class CommandNames {
    /** The i2c-tools programs and the i2ckit command that does each one's job. */
    private static final Map<String, String> TOOLS = Map.of("i2cdetect", "detect", "i2cdump", "dump",
            "i2cget", "get", "i2cset", "set", "i2ctransfer", "transfer");

    private CommandNames() {
    }

    /**
     * "unknown command 'X'; did you mean 'get' (i2cget)?" or, with nothing near, the names to
     * choose from; {@code names} are the commands valid where X stood.
     */
    static String unknown(String word, Collection<String> names) {
        List<String> near = nearest(word, names);
        if (near.isEmpty()) {
            return "unknown command '" + word + "': use one of " + String.join(", ", names);
        }
        List<String> shown = new ArrayList<>();
        for (String n : near) {
            String tool = TOOLS.entrySet().stream().filter(e -> e.getValue().equals(n)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            shown.add("'" + n + "'" + (tool != null && names.contains(n) && !word.equals(n) ? " (" + tool + ")" : ""));
        }
        return "unknown command '" + word + "'; did you mean " + String.join(" or ", shown) + "?";
    }

    /** The names closest to {@code word} (an i2c-tools name counts as its i2ckit command), best first. */
    static List<String> nearest(String word, Collection<String> names) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String n : names) {
            int d = distance(w, n);
            d = Math.min(d, prefixed(w, n));
            for (Map.Entry<String, String> t : TOOLS.entrySet()) {
                if (t.getValue().equals(n)) {
                    d = Math.min(d, Math.min(distance(w, t.getKey()), prefixed(w, t.getKey())));
                }
            }
            scored.add(new Scored(n, d));
        }
        int best = scored.stream().mapToInt(Scored::distance).min().orElse(Integer.MAX_VALUE);
        int allowed = Math.max(1, Math.min(3, w.length() / 3));
        if (best > allowed) {
            return List.of();
        }
        return scored.stream().filter(s -> s.distance() == best).sorted(Comparator.comparing(Scored::name))
                .map(Scored::name).limit(3).toList();
    }

    /** 1 when one is the start of the other ("i2cg", "i2cget"), else a distance nothing beats. */
    private static int prefixed(String w, String name) {
        return w.length() >= 2 && (name.startsWith(w) || w.startsWith(name)) ? 1 : Integer.MAX_VALUE;
    }

    /** Edits (insert, delete, replace, swap of neighbours) from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
