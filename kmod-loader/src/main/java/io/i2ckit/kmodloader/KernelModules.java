// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the running kernel has: /sys/module states, /proc/modules, its in-kernel decompression. */
public final class KernelModules {
    /** A module's state as kmod judges it from /sys/module/NAME. */
    public enum State { LIVE, COMING, GOING, ABSENT }

    /** A line of /proc/modules. */
    public record Loaded(String name, long size, int references, List<String> usedBy, String state) {
    }

    private final Path root;

    /** @param root where proc and sys are: "/" on a live system, a fixture tree in tests */
    public KernelModules(Path root) {
        this.root = root;
    }

    public State state(String module) {
        Path dir = root.resolve("sys/module").resolve(Names.module(module));
        Path initstate = dir.resolve("initstate");
        try {
            if (Files.isRegularFile(initstate)) {
                return switch (Files.readString(initstate).strip()) {
                    case "live" -> State.LIVE;
                    case "going" -> State.GOING;
                    default -> State.COMING;
                };
            }
        } catch (IOException e) {
            return State.COMING; // vanishing under us: treat as in flux
        }
        // a directory without initstate: the kernel is still creating it (kmod says COMING too)
        return Files.isDirectory(dir) && !Files.isRegularFile(dir.resolve("parameters")) ? State.COMING : State.ABSENT;
    }

    /** Whether this kernel takes modules at all: it lists them in /proc/modules (CONFIG_MODULES). */
    public boolean takesModules() {
        return Files.isRegularFile(root.resolve("proc/modules"));
    }

    public List<Loaded> list() {
        Path file = root.resolve("proc/modules");
        List<Loaded> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] w = line.split("\\s+");
                if (w.length >= 5) {
                    List<String> users = w[3].equals("-") ? List.of()
                            : Stream.of(w[3].split(",")).filter(s -> !s.isEmpty()).toList();
                    out.add(new Loaded(w[0], Long.parseLong(w[1]), Integer.parseInt(w[2]), users, w[4]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /** The modules that hold {@code module} (its /sys/module/NAME/holders). */
    public List<String> holders(String module) {
        Path dir = root.resolve("sys/module").resolve(Names.module(module)).resolve("holders");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The reference count of a loaded module, or 0. */
    public int references(String module) {
        Path file = root.resolve("sys/module").resolve(Names.module(module)).resolve("refcnt");
        try {
            return Files.isRegularFile(file) ? Integer.parseInt(Files.readString(file).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** What the kernel can decompress itself (/sys/module/compression), or NONE. */
    public ModuleFile.Compression decompression() {
        Path file = root.resolve("sys/module/compression");
        try {
            return Files.isRegularFile(file) ? ModuleFile.Compression.ofKernelName(Files.readString(file))
                    : ModuleFile.Compression.NONE;
        } catch (IOException e) {
            return ModuleFile.Compression.NONE;
        }
    }

    /** The kernel command line, or "". */
    public String cmdline() {
        try {
            Path file = root.resolve("proc/cmdline");
            return Files.isRegularFile(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Whether this process may load and remove modules: CAP_SYS_MODULE (bit 16) in its effective
     * capabilities, which root has and a container's root may lack.
     */
    public boolean canLoadModules() {
        try {
            for (String line : Files.readAllLines(root.resolve("proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 16)) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }
}
