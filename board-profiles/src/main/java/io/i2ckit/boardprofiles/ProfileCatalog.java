// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.boardprofiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The board profiles and adapter rules shipped as resources, parsed once. */
public final class ProfileCatalog {
    private static final ProfileCatalog STANDARD = load();

    private final List<BoardProfile> profiles;
    private final List<AdapterRule> adapterRules;

    /** Addresses protected on any adapter whose name matches, whatever the board. */
    public record AdapterRule(Pattern adapterName, int from, int to, String what) {
    }

    private ProfileCatalog(List<BoardProfile> profiles, List<AdapterRule> adapterRules) {
        this.profiles = List.copyOf(profiles);
        this.adapterRules = List.copyOf(adapterRules);
    }

    public static ProfileCatalog standard() {
        return STANDARD;
    }

    /** The profiles in the order they are tried; the generic one last. */
    public List<BoardProfile> profiles() {
        return profiles;
    }

    public List<AdapterRule> adapterRules() {
        return adapterRules;
    }

    public BoardProfile generic() {
        return profiles.stream().filter(BoardProfile::isGeneric).findFirst().orElseThrow();
    }

    static BoardProfile parseProfile(String id, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<BoardProfile.BusSpec> buses = new ArrayList<>();
        List<BoardProfile.Protection> protections = new ArrayList<>();
        Map<Integer, String> header = new LinkedHashMap<>();
        Map<String, String> wiring = new LinkedHashMap<>();
        String headerName = null;
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalStateException(id + ".conf line " + lineNo + ": expected 'key: value'");
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2).strip();
            switch (key) {
                case "bus" -> buses.add(parseBus(value));
                case "protect" -> protections.add(parseProtection(value));
                case "header" -> {
                    String[] words = value.split("\\s+");
                    headerName = words[0];
                    for (String w : Arrays.copyOfRange(words, 1, words.length)) {
                        String[] kv = w.split("=", 2);
                        header.put(Integer.parseInt(kv[0]), kv[1]);
                    }
                }
                case "wire" -> {
                    for (String w : value.split("\\s+")) {
                        String[] kv = w.split("=", 2);
                        wiring.put(kv[0], kv[1]);
                    }
                }
                default -> fields.put(key, value);
            }
        }
        return new BoardProfile(id, fields.get("name"), words(fields.get("compatible")), fields.get("logic"),
                words(fields.get("modules")), fields.get("fan-bus"), fields.get("enable-hint"), buses, protections,
                headerName, header, fields.get("header-note"), wiring);
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split("\\s+"));
    }

    /** {@code i2c2 device=4819c000.i2c adapter=NAME sda=P9_20 scl=P9_19 note=free text to the end}. */
    private static BoardProfile.BusSpec parseBus(String value) {
        String note = null;
        int n = value.indexOf(" note=");
        if (n >= 0) {
            note = value.substring(n + 6);
            value = value.substring(0, n);
        }
        String hw = value.split("\\s+", 2)[0];
        List<String> devices = new ArrayList<>();
        List<String> adapters = new ArrayList<>();
        String sda = null;
        String scl = null;
        // adapter names have spaces: each key=value runs to the next ' key='
        for (String part : value.substring(hw.length()).strip().split(" (?=(device|adapter|sda|scl|pins)=)")) {
            String[] kv = part.split("=", 2);
            switch (kv[0]) {
                case "device" -> devices.add(kv[1]);
                case "adapter" -> adapters.add(kv[1]);
                case "sda" -> sda = kv[1];
                case "scl" -> scl = kv[1];
                case "pins" -> { } // "internal": no header pins
                default -> throw new IllegalStateException("bus " + hw + ": unknown key '" + kv[0] + "'");
            }
        }
        return new BoardProfile.BusSpec(hw, devices, adapters, sda, scl, note);
    }

    /** {@code i2c0 0x50 what} or {@code i2c2 0x54-0x57 what}. */
    private static BoardProfile.Protection parseProtection(String value) {
        String[] w = value.split("\\s+", 3);
        int[] range = range(w[1]);
        return new BoardProfile.Protection(w[0], range[0], range[1], w[2]);
    }

    private static int[] range(String text) {
        String[] ends = text.split("-");
        int from = Integer.decode(ends[0]);
        return new int[] {from, ends.length > 1 ? Integer.decode(ends[1]) : from};
    }

    static List<AdapterRule> parseAdapterRules(String text) {
        List<AdapterRule> rules = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+\\|\\s+", 3); // fields part at " | "; the pattern's own | are bare
            int[] range = range(f[1]);
            rules.add(new AdapterRule(Pattern.compile(f[0]), range[0], range[1], f[2]));
        }
        return rules;
    }

    private static ProfileCatalog load() {
        List<BoardProfile> profiles = new ArrayList<>();
        for (String line : resource("index").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                profiles.add(parseProfile(name.replace(".conf", ""), resource(name)));
            }
        }
        return new ProfileCatalog(profiles, parseAdapterRules(resource("adapters.conf")));
    }

    private static String resource(String name) {
        try (InputStream in = ProfileCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("board profile resource " + name + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
