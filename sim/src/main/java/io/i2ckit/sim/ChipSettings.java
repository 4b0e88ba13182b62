// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model chip's settings as {@code board.conf} gives them ({@code temperature=21.5}), over the
 * model's defaults. Unknown keys and unreadable values are errors that name the key.
 */
public final class ChipSettings {
    private final String type;
    private final Map<String, String> values;

    private ChipSettings(String type, Map<String, String> values) {
        this.type = type;
        this.values = values;
    }

    /** {@code given} over the defaults of {@code model}; checks every key. */
    public static ChipSettings of(ChipModel model, Map<String, String> given) {
        Map<String, String> merged = new LinkedHashMap<>(model.defaultSettings());
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!merged.containsKey(e.getKey())) {
                throw new IllegalArgumentException(model.type() + " has no setting '" + e.getKey() + "'"
                        + (merged.isEmpty() ? "" : ": it has " + String.join(", ", merged.keySet())));
            }
            merged.put(e.getKey(), e.getValue());
        }
        return new ChipSettings(model.type(), Collections.unmodifiableMap(merged));
    }

    public Map<String, String> values() {
        return values;
    }

    public String text(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(type + " has no setting '" + key + "'");
        }
        return v;
    }

    /** A decimal number within {@code min..max}. */
    public double number(String key, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(type + " setting " + key + "=" + text(key) + " is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(type + " setting " + key + "=" + text(key) + " is outside "
                    + trim(min) + ".." + trim(max));
        }
        return v;
    }

    /** A bit mask of {@code bits} bits, written in hex ({@code 0x0f}) or decimal. */
    public int mask(String key, int bits) {
        long v;
        try {
            v = Long.decode(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(type + " setting " + key + "=" + text(key) + " is not a number (such as 0x0f)");
        }
        if (v < 0 || v >= 1L << bits) {
            throw new IllegalArgumentException(type + " setting " + key + "=" + text(key) + " does not fit in "
                    + bits + " bits");
        }
        return (int) v;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
