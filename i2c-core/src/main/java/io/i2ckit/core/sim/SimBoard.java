// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.sim;

import java.util.ArrayList;
import java.util.HashMap;
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
 * driver 0x50 at24
 * </pre>
 * {@code functionality} is a preset of {@link FunctionalityPresets} or a mask; {@code driver}
 * marks an address a kernel driver owns.
 */
public record SimBoard(String adapterName, String functionality, int speedHz, List<ChipSpec> chips,
                       Map<Integer, String> drivers) {

    /** One chip: {@code geometry} is null for a register chip. */
    public record ChipSpec(int address, String type, String label, EepromGeometry geometry, boolean writeProtected) {
        public static ChipSpec registers(int address, String label) {
            return new ChipSpec(address, "registers", label, null, false);
        }

        public static ChipSpec eeprom(int address, String label, EepromGeometry geometry, boolean writeProtected) {
            return new ChipSpec(address, "eeprom", label, geometry, writeProtected);
        }

        public boolean isEeprom() {
            return geometry != null;
        }

        /** Bytes of memory or registers. */
        public int size() {
            return geometry == null ? RegisterChip.REGISTERS : geometry.size();
        }

        String format() {
            if (geometry == null) {
                return String.format("chip 0x%02x registers label=%s", address, label);
            }
            return String.format("chip 0x%02x eeprom label=%s size=%d page=%d address-bytes=%d write-cycle-us=%d wp=%s",
                    address, label, geometry.size(), geometry.pageSize(), geometry.addressBytes(),
                    geometry.writeCycleNanos() / 1000, writeProtected ? "on" : "off");
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
                ChipSpec.eeprom(0x50, "T24C04A", EepromGeometry.T24C04A, false)), Map.of());
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
                        case "speed" -> speed = Integer.parseInt(value);
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
        Map<String, String> opts = new HashMap<>();
        for (int i = 3; i < w.length; i++) {
            int eq = w[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got '" + w[i] + "'");
            }
            opts.put(w[i].substring(0, eq), w[i].substring(eq + 1));
        }
        String label = opts.getOrDefault("label", w[2]);
        return switch (w[2]) {
            case "registers" -> ChipSpec.registers(address, label);
            case "eeprom" -> ChipSpec.eeprom(address, label, new EepromGeometry(
                    Integer.parseInt(opts.getOrDefault("size", "512")),
                    Integer.parseInt(opts.getOrDefault("page", "16")),
                    Integer.parseInt(opts.getOrDefault("address-bytes", "1")),
                    Long.parseLong(opts.getOrDefault("write-cycle-us", "5000")) * 1000),
                    "on".equals(opts.getOrDefault("wp", "off")));
            default -> throw new IllegalArgumentException("unknown chip type '" + w[2] + "': use registers or eeprom");
        };
    }

    private static int address(String text) {
        int a = Integer.decode(text);
        if (a < 0 || a > 0x7f) {
            throw new IllegalArgumentException("address " + text + " out of range 0x00-0x7f");
        }
        return a;
    }
}
