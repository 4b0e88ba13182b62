// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.core.parts.EepromType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model of fan, a row of {@code fans.txt}: its EEPROM part and address, and the soft limits
 * on strings and characters someone found for it (0 = none), with where they come from.
 */
public record FanProfile(String name, String chip, int address, int maxStrings, int maxCharacters,
                         String limitsSource) {
    /** The fan i2ckit is made for: a T24C04A at 0x50/0x51. */
    public static final String DEFAULT = "model45";
    private static Map<String, FanProfile> all;

    public static synchronized Map<String, FanProfile> all() {
        if (all == null) {
            Map<String, FanProfile> rows = new LinkedHashMap<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    FanProfile.class.getResourceAsStream("fans.txt"), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith(";")) {
                        continue;
                    }
                    String[] w = t.split("\\s+", 6);
                    rows.put(w[0], new FanProfile(w[0], w[1], Integer.decode(w[2]), Integer.parseInt(w[3]),
                            Integer.parseInt(w[4]), w.length > 5 ? w[5] : ""));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = rows;
        }
        return all;
    }

    public static FanProfile named(String name) {
        FanProfile p = all().get(name);
        if (p == null) {
            throw new FanFormatException("no fan profile '" + name + "': the profiles are " + String.join(", ", all().keySet()));
        }
        return p;
    }

    public static FanProfile standard() {
        return named(DEFAULT);
    }

    /** The EEPROM part, from the eeprom catalog. */
    public EepromType part() {
        return EepromCatalog.standard().get(chip);
    }

    /** Bytes a message may take: the whole part. */
    public int memory() {
        return part().size();
    }
}
