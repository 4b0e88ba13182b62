// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.boardprofiles;

import io.i2ckit.core.AdapterInfo;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBuses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The board this runs on: its profile, chosen from the device tree's compatible strings, and its
 * buses found through sysfs by their controller, never by number.
 */
public final class Board {
    private final BoardProfile profile;
    private final String model;
    private final Supplier<List<AdapterInfo>> present;
    private List<AdapterInfo> adapters;

    /** A profile bus and the adapter that carries it here, if any. */
    public record ResolvedBus(BoardProfile.BusSpec spec, Optional<AdapterInfo> adapter) {
    }

    /** @param adapters the adapters present, listed when first asked for (a protection check needs one only) */
    Board(BoardProfile profile, String model, Supplier<List<AdapterInfo>> adapters) {
        this.profile = profile;
        this.model = model;
        this.present = adapters;
    }

    /**
     * The board of {@code env}'s system: the device tree under its sysfs root
     * ({@code firmware/devicetree/base}, else {@code /proc/device-tree} beside it) picks the profile.
     */
    public static Board detect(BusEnvironment env) {
        Path dt = env.sysRoot().resolve("firmware/devicetree/base");
        if (!Files.isDirectory(dt)) {
            dt = env.sysRoot().resolveSibling("proc").resolve("device-tree");
        }
        List<String> compatible = strings(dt.resolve("compatible"));
        List<String> model = strings(dt.resolve("model"));
        BoardProfile chosen = ProfileCatalog.standard().generic();
        for (BoardProfile p : ProfileCatalog.standard().profiles()) {
            if (!p.isGeneric() && p.compatibles().stream().anyMatch(compatible::contains)) {
                chosen = p;
                break;
            }
        }
        return new Board(chosen, model.isEmpty() ? "" : model.get(0), () -> I2cBuses.list(env));
    }

    public BoardProfile profile() {
        return profile;
    }

    /** The device tree's model string, such as "TI AM335x BeagleBone Black", or "". */
    public String model() {
        return model;
    }

    /** The adapters present, listed from sysfs once, when first asked for. */
    public synchronized List<AdapterInfo> adapters() {
        if (adapters == null) {
            adapters = List.copyOf(present.get());
        }
        return adapters;
    }

    /** Every bus of the profile, with the adapter that carries it here. */
    public List<ResolvedBus> buses() {
        List<ResolvedBus> list = new ArrayList<>();
        for (BoardProfile.BusSpec spec : profile.buses()) {
            list.add(new ResolvedBus(spec, adapters().stream().filter(a -> carries(a, spec)).findFirst()));
        }
        return list;
    }

    /** The profile bus an adapter carries, if it carries one. */
    public Optional<BoardProfile.BusSpec> specOf(AdapterInfo adapter) {
        return profile.buses().stream().filter(spec -> carries(adapter, spec)).findFirst();
    }

    /**
     * The profile bus a user's name means: its hardware name ({@code i2c2}, {@code I2C2}) or one
     * of its header pins ({@code P9_19}, {@code pin3}); empty when the name means none.
     */
    public Optional<BoardProfile.BusSpec> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (BoardProfile.BusSpec spec : profile.buses()) {
            if (spec.hwName().equalsIgnoreCase(n) || n.equalsIgnoreCase(spec.sda()) || n.equalsIgnoreCase(spec.scl())) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /**
     * When {@code name} means no bus of this board but is another board's header pin (P9_19 on
     * a machine that is no BeagleBone), a sentence saying so; else empty.
     */
    public Optional<String> otherBoardsName(String name) {
        if (named(name).isPresent()) {
            return Optional.empty();
        }
        for (BoardProfile p : ProfileCatalog.standard().profiles()) {
            for (BoardProfile.BusSpec spec : p.buses()) {
                // header pins only: bus names such as i2c1 are shared by many boards
                if (name.equalsIgnoreCase(spec.sda()) || name.equalsIgnoreCase(spec.scl())) {
                    return Optional.of(String.format("%s is a header pin of the %s (its bus %s), and this machine is"
                            + " %s; 'i2ckit board' shows the buses it has", name, p.name(), spec.hwName(), profile.isGeneric() ? "no board i2ckit knows"
                                    : "a " + profile.name()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The bus number {@code name} stands for: a hardware name or header pin of this board.
     *
     * @return empty when the board has no such bus; the bus's adapter when present
     * @throws IllegalStateException when the board has the bus but it is not enabled here
     */
    public Optional<AdapterInfo> resolve(String name) {
        Optional<BoardProfile.BusSpec> spec = named(name);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        BoardProfile.BusSpec s = spec.get();
        Optional<AdapterInfo> adapter = adapters().stream().filter(a -> carries(a, s)).findFirst();
        if (adapter.isEmpty()) {
            throw new IllegalStateException(describe(s) + " is not enabled on this " + profile.name()
                    + (s.note() == null ? "" : " (" + s.note() + ")")
                    + (profile.enableHint() == null ? "" : ": " + profile.enableHint()));
        }
        return adapter;
    }

    /** What must not be written at {@code address} on {@code adapter}, if anything. */
    public Optional<String> protection(AdapterInfo adapter, int address) {
        Optional<BoardProfile.BusSpec> spec = protectsByPlace(address) ? specOf(adapter) : Optional.empty();
        if (spec.isPresent()) {
            for (BoardProfile.Protection p : profile.protections()) {
                if (p.hwName().equalsIgnoreCase(spec.get().hwName()) && p.covers(address)) {
                    return Optional.of(p.what());
                }
            }
        }
        for (ProfileCatalog.AdapterRule rule : ProfileCatalog.standard().adapterRules()) {
            if (rule.adapterName().matcher(adapter.name()).find() && address >= rule.from() && address <= rule.to()) {
                return Optional.of(rule.what());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether anything could protect {@code address}, on any adapter: a protected address of
     * this board's, or an adapter rule (a PC's memory SPD) covering it. When not, a write need
     * not look the adapter up at all.
     */
    public boolean mayProtect(int address) {
        return protectsByPlace(address)
                || ProfileCatalog.standard().adapterRules().stream().anyMatch(r -> address >= r.from() && address <= r.to());
    }

    /**
     * Whether this board protects {@code address} on one of its own buses, which {@link
     * #protection} then tells by the adapter's place in sysfs ({@link AdapterInfo#sysfsPath()});
     * else a name is all it reads.
     */
    public boolean protectsByPlace(int address) {
        return profile.protections().stream().anyMatch(p -> p.covers(address));
    }

    /** The bus the fan goes on by default, as a name {@link #resolve} takes; empty on generic boards. */
    public Optional<String> fanBus() {
        return Optional.ofNullable(profile.fanBus());
    }

    /** "I2C2 (P9_19 SCL, P9_20 SDA)" or "I2C0 (internal)". */
    public static String describe(BoardProfile.BusSpec spec) {
        String hw = spec.hwName().toUpperCase(Locale.ROOT);
        return spec.sda() == null ? hw + " (internal)" : hw + " (" + spec.scl() + " SCL, " + spec.sda() + " SDA)";
    }

    private static boolean carries(AdapterInfo adapter, BoardProfile.BusSpec spec) {
        if (spec.adapterNames().contains(adapter.name())) {
            return true;
        }
        Path real = adapter.sysfsPath();
        if (real == null) {
            return false;
        }
        for (Path element : real) {
            if (spec.devices().contains(element.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The NUL-separated strings of a device-tree property, or none. */
    private static List<String> strings(Path property) {
        try {
            if (!Files.isRegularFile(property)) {
                return List.of();
            }
            String text = new String(Files.readAllBytes(property), StandardCharsets.US_ASCII);
            return Arrays.stream(text.split("\0")).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
