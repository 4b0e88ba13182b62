// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.core.parts.EepromType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is on a simulated bus, as the text of {@code board.conf}:
 * <pre>
 * adapter = i2ckit simulated adapter
 * functionality = full-i2c
 * speed = 100000
 * chip 0x48 registers label=LM75
 * chip 0x50 eeprom label=T24C04A size=512 page=16 address-bytes=1 write-cycle-us=5000 wp=off
 * chip 0x76 bme280 label=BME280 temperature=21.5 pressure=1013.25 humidity=45
 * driver 0x50 at24
 * </pre>
 * {@code functionality} is a preset of {@link FunctionalityPresets} or a mask; {@code driver}
 * marks an address a kernel driver owns. A chip type other than {@code registers} and
 * {@code eeprom} names a {@link ChipModel}; its other keys are the model's settings.
 */
public record SimBoard(String adapterName, String functionality, int speedHz, List<ChipSpec> chips,
                       Map<Integer, String> drivers) {

    /**
     * One chip: {@code geometry} is set for an EEPROM only; {@code settings} (in their order) for
     * a model chip only.
     */
    public record ChipSpec(int address, String type, String label, EepromType geometry, boolean writeProtected,
                           Map<String, String> settings) {
        public ChipSpec {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }

        public static ChipSpec registers(int address, String label) {
            return new ChipSpec(address, "registers", label, null, false, Map.of());
        }

        public static ChipSpec eeprom(int address, String label, EepromType geometry, boolean writeProtected) {
            return new ChipSpec(address, "eeprom", label, geometry, writeProtected, Map.of());
        }

        /** A chip of {@code model}, with its settings checked now rather than when the bus opens. */
        public static ChipSpec model(int address, ChipModel model, String label, Map<String, String> settings) {
            ChipSettings checked = ChipSettings.of(model, settings);
            ChipMemory scratch = ChipMemory.inMemory(model.memorySize(), 0);
            model.powerOn(scratch);
            model.create(address, scratch, checked, java.time.Clock.systemUTC()); // reads every value once
            return new ChipSpec(address, model.type(), label, null, false, checked.values());
        }

        public boolean isEeprom() {
            return geometry != null;
        }

        public boolean isModel() {
            return !isEeprom() && !type.equals("registers");
        }

        /** Bytes of memory, registers or model state. */
        public int size() {
            if (isModel()) {
                return ChipModels.get(type).memorySize();
            }
            return geometry == null ? RegisterChip.REGISTERS : geometry.size();
        }

        /** The same chip with {@code changes} applied to its settings. */
        public ChipSpec withSettings(Map<String, String> changes) {
            Map<String, String> merged = new LinkedHashMap<>(settings);
            merged.putAll(changes);
            return model(address, ChipModels.get(type), label, merged);
        }

        String format() {
            if (isModel()) {
                StringBuilder sb = new StringBuilder(String.format("chip 0x%02x %s label=%s", address, type, label));
                settings.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
                return sb.toString();
            }
            if (geometry == null) {
                return String.format("chip 0x%02x registers label=%s", address, label);
            }
            // the part's name when it is a catalog row; the numbers always, which say the whole shape
            String part = EepromCatalog.standard().find(geometry.name()).filter(geometry::equals).isPresent()
                    ? " part=" + geometry.name() : "";
            return String.format("chip 0x%02x eeprom label=%s%s size=%d page=%d address-bytes=%d"
                    + " write-cycle-us=%d wp=%s", address, label, part, geometry.size(), geometry.pageSize(),
                    geometry.addressBytes(), geometry.writeCycle().toNanos() / 1000, writeProtected ? "on" : "off");
        }
    }

    public SimBoard {
        chips = List.copyOf(chips);
        drivers = Map.copyOf(drivers);
    }

    /** The default board: the fan's T24C04A at 0x50/0x51 and a register chip at 0x48. */
    public static SimBoard defaultBoard() {
        return new SimBoard("i2ckit simulated adapter", "full-i2c", 100_000, List.of(
                ChipSpec.registers(0x48, "LM75"),
                ChipSpec.eeprom(0x50, "T24C04A", EepromCatalog.standard().get("t24c04a"), false)), Map.of());
    }

    public SimBoard withChips(List<ChipSpec> newChips) {
        return new SimBoard(adapterName, functionality, speedHz, newChips, drivers);
    }

    public SimBoard withFunctionality(String value) {
        FunctionalityPresets.get(value); // reject what would not load
        return new SimBoard(adapterName, value, speedHz, chips, drivers);
    }

    public SimBoard withSpeed(int hz) {
        return new SimBoard(adapterName, functionality, hz, chips, drivers);
    }

    public SimBoard withDrivers(Map<Integer, String> newDrivers) {
        return new SimBoard(adapterName, functionality, speedHz, chips, newDrivers);
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("# i2ckit simulated bus. Change it with 'i2ckit sim', or edit it by hand;\n");
        sb.append("# each chip's memory is the file chip-0xNN.bin beside this one.\n");
        sb.append("adapter = ").append(adapterName).append('\n');
        sb.append("functionality = ").append(functionality).append('\n');
        sb.append("speed = ").append(speedHz).append('\n');
        chips.forEach(c -> sb.append(c.format()).append('\n'));
        new TreeMap<>(drivers).forEach((a, d) -> sb.append(String.format("driver 0x%02x %s%n", a, d)));
        return sb.toString();
    }

    /** Parses {@code board.conf}; errors name the line. */
    public static SimBoard parse(String text) {
        String adapter = "i2ckit simulated adapter";
        String functionality = "full-i2c";
        int speed = 100_000;
        List<ChipSpec> chips = new ArrayList<>();
        Map<Integer, String> drivers = new HashMap<>();
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            try {
                if (line.startsWith("chip ")) {
                    chips.add(parseChip(line));
                } else if (line.startsWith("driver ")) {
                    String[] w = line.split("\\s+");
                    if (w.length != 3) {
                        throw new IllegalArgumentException("expected 'driver 0xNN NAME'");
                    }
                    drivers.put(address(w[1]), w[2]);
                } else {
                    int eq = line.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalArgumentException("expected 'key = value', 'chip ...' or 'driver ...'");
                    }
                    String key = line.substring(0, eq).trim();
                    String value = line.substring(eq + 1).trim();
                    switch (key) {
                        case "adapter" -> adapter = value;
                        case "functionality" -> {
                            FunctionalityPresets.get(value);
                            functionality = value;
                        }
                        case "speed" -> speed = whole("speed", value);
                        default -> throw new IllegalArgumentException("unknown setting '" + key + "'");
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("board.conf line " + lineNo + " (" + line + "): " + e.getMessage(), e);
            }
        }
        return new SimBoard(adapter, functionality, speed, chips, drivers);
    }

    private static ChipSpec parseChip(String line) {
        String[] w = line.split("\\s+");
        if (w.length < 3) {
            throw new IllegalArgumentException("expected 'chip 0xNN registers|eeprom key=value...'");
        }
        int address = address(w[1]);
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 3; i < w.length; i++) {
            int eq = w[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got '" + w[i] + "'");
            }
            opts.put(w[i].substring(0, eq), w[i].substring(eq + 1));
        }
        String label = opts.getOrDefault("label", w[2]);
        if (!w[2].equals("registers") && !w[2].equals("eeprom")) {
            ChipModel model = ChipModels.get(w[2]);
            opts.remove("label");
            return ChipSpec.model(address, model, label, opts);
        }
        return switch (w[2]) {
            case "registers" -> ChipSpec.registers(address, label);
            case "eeprom" -> ChipSpec.eeprom(address, label, eepromPart(opts),
                    "on".equals(opts.getOrDefault("wp", "off")));
            default -> throw new AssertionError(w[2]);
        };
    }

    /** The EEPROM a chip line describes by its {@code part}, {@code size}, {@code page}, {@code address-bytes} and {@code write-cycle-us}. */
    private static EepromType eepromPart(Map<String, String> opts) {
        return eepromPart(opts.get("part"), wholeOrNull("size", opts.get("size")), wholeOrNull("page", opts.get("page")),
                wholeOrNull("address-bytes", opts.get("address-bytes")),
                opts.containsKey("write-cycle-us") ? (long) whole("write-cycle-us", opts.get("write-cycle-us")) : null);
    }

    /**
     * A simulated EEPROM's part: the catalog row {@code part} names (a T24C04A for null), reshaped
     * by each value given (null keeps the row's).
     */
    public static EepromType eepromPart(String part, Integer size, Integer page, Integer addressBytes,
                                        Long writeCycleMicros) {
        EepromType row = EepromCatalog.standard().get(part == null ? "t24c04a" : part);
        return row.reshaped(size == null ? row.size() : size, page == null ? row.pageSize() : page,
                addressBytes == null ? row.addressBytes() : addressBytes,
                writeCycleMicros == null ? row.writeCycle() : Duration.ofNanos(writeCycleMicros * 1000L));
    }

    private static Integer wholeOrNull(String key, String value) {
        return value == null ? null : whole(key, value);
    }

    /** A whole decimal number, or an error a person can act on (not Java's "For input string"). */
    private static int whole(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a whole number", e);
        }
    }

    private static int address(String text) {
        int a;
        try {
            a = Integer.decode(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("address '" + text + "' is not a number (write 0x48)", e);
        }
        if (a < 0 || a > 0x7f) {
            throw new IllegalArgumentException("address " + text + " out of range 0x00-0x7f");
        }
        return a;
    }
}
