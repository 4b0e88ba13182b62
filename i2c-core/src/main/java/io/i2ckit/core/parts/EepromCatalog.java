// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.parts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The 24Cxx parts i2ckit knows, read from {@code chips.txt}: code interprets, the file enumerates. */
public final class EepromCatalog {
    private static final EepromCatalog STANDARD = load();

    private final List<EepromType> types;

    private EepromCatalog(List<EepromType> types) {
        this.types = Collections.unmodifiableList(types);
    }

    public static EepromCatalog standard() {
        return STANDARD;
    }

    public List<EepromType> all() {
        return types;
    }

    public Optional<EepromType> find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return types.stream().filter(t -> t.name().equals(n)).findFirst();
    }

    /** The row named {@code name}; the error lists the names there are. */
    public EepromType get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown EEPROM '" + name + "': use one of "
                + types.stream().map(EepromType::name).collect(Collectors.joining(", "))));
    }

    /** Parses the catalog text: name, size, page, address bytes, write cycle in ms, description. */
    static EepromCatalog parse(String text) {
        List<EepromType> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+", 6);
            if (f.length < 6) {
                throw new IllegalStateException("chips.txt line " + lineNo + ": expected 6 fields: " + l);
            }
            rows.add(new EepromType(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Duration.ofMillis(Long.parseLong(f[4])), f[5]));
        }
        return new EepromCatalog(rows);
    }

    private static EepromCatalog load() {
        try (InputStream in = EepromCatalog.class.getResourceAsStream("chips.txt")) {
            if (in == null) {
                throw new IllegalStateException("chips.txt missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
