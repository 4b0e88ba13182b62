// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kernel's module directory ({@code /lib/modules/RELEASE}) through depmod's text indexes:
 * {@code modules.dep} (each line the module's whole dependency closure, to load right to left),
 * {@code modules.alias}, {@code modules.builtin} and {@code modules.builtin.modinfo}. Read lazily,
 * once.
 */
public final class ModuleTree {
    /** A module file and the files it needs, in load order. */
    public record Entry(String name, Path path, List<Path> needs) {
    }

    private record Alias(String pattern, String module) {
    }

    private final Path dir;
    private Map<String, Entry> entries;
    private List<Alias> aliases;
    private List<Alias> symbols;
    private Set<String> builtin;
    private List<Alias> builtinAliases;

    public ModuleTree(Path dir) {
        this.dir = dir;
    }

    /** The tree of kernel {@code release} under {@code root}: lib/modules, else usr/lib/modules. */
    public static ModuleTree of(Path root, String release) {
        Path lib = root.resolve("lib/modules").resolve(release);
        Path usr = root.resolve("usr/lib/modules").resolve(release);
        return new ModuleTree(Files.isDirectory(lib) || !Files.isDirectory(usr) ? lib : usr);
    }

    /** The running kernel's release, from {@code proc/sys/kernel/osrelease} under {@code root}. */
    public static String release(Path root) {
        try {
            return Files.readString(root.resolve("proc/sys/kernel/osrelease")).strip();
        } catch (IOException e) {
            throw new ModuleException(null, 0, "cannot tell the running kernel's release: " + root
                    .resolve("proc/sys/kernel/osrelease") + " is unreadable (is /proc mounted?)");
        }
    }

    public Path directory() {
        return dir;
    }

    /** What keeps this tree from being used, if anything: no such directory, or no modules.dep. */
    public Optional<String> problem() {
        if (!Files.isDirectory(dir)) {
            return Optional.of("there are no modules for kernel " + dir.getFileName() + " (" + dir
                    + " is missing): install the kernel's modules package");
        }
        if (!Files.isRegularFile(dir.resolve("modules.dep"))) {
            return Optional.of(dir + " has no modules.dep: run 'depmod " + dir.getFileName() + "' as root");
        }
        return Optional.empty();
    }

    public Optional<Entry> entry(String module) {
        return Optional.ofNullable(entries().get(Names.module(module)));
    }

    /** Modules an alias of which matches {@code name} (fnmatch, both sides normalized), in file order. */
    public List<String> aliasTargets(String name) {
        return match(aliases(), name);
    }

    /**
     * Modules exporting the symbol of a {@code symbol:NAME} request (the kernel's
     * symbol_request(), as dvb_attach uses), from modules.symbols; empty for any other name.
     */
    public List<String> symbolTargets(String name) {
        return Names.alias(name).startsWith("symbol:") ? match(symbols(), name) : List.of();
    }

    public boolean isBuiltin(String module) {
        return builtin().contains(Names.module(module));
    }

    /** Builtin modules an alias of which (from modules.builtin.modinfo) matches {@code name}. */
    public List<String> builtinAliasTargets(String name) {
        return match(builtinAliases(), name);
    }

    /** modules.builtin.modinfo, NUL-separated {@code module.key=value}; "" when absent. */
    public String builtinModinfoText() {
        return read("modules.builtin.modinfo").orElse("");
    }

    /** modules.softdep, which kmod reads as a configuration file; "" when absent. */
    public String softdepText() {
        return read("modules.softdep").orElse("");
    }

    private static List<String> match(List<Alias> list, String name) {
        String n = Names.alias(name);
        List<String> out = new ArrayList<>();
        for (Alias a : list) {
            if (!out.contains(a.module()) && Fnmatch.matches(a.pattern(), n)) {
                out.add(a.module());
            }
        }
        return out;
    }

    private synchronized Map<String, Entry> entries() {
        if (entries == null) {
            entries = new LinkedHashMap<>();
            String text = read("modules.dep").orElse("");
            for (String line : text.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                Path path = resolve(line.substring(0, colon).strip());
                List<Path> needs = new ArrayList<>();
                for (String dep : line.substring(colon + 1).strip().split("\\s+")) {
                    if (!dep.isEmpty()) {
                        needs.add(0, resolve(dep)); // the last listed has no dependencies: load it first
                    }
                }
                String name = Names.module(path.getFileName().toString());
                entries.putIfAbsent(name, new Entry(name, path, List.copyOf(needs)));
            }
        }
        return entries;
    }

    private synchronized List<Alias> aliases() {
        if (aliases == null) {
            aliases = aliasLines("modules.alias");
        }
        return aliases;
    }

    private synchronized List<Alias> symbols() {
        if (symbols == null) {
            symbols = aliasLines("modules.symbols");
        }
        return symbols;
    }

    /** {@code alias PATTERN MODULE} lines, as depmod writes modules.alias and modules.symbols. */
    private List<Alias> aliasLines(String file) {
        List<Alias> out = new ArrayList<>();
        for (String line : read(file).orElse("").split("\n")) {
            String[] w = line.strip().split("\\s+");
            if (w.length == 3 && w[0].equals("alias")) {
                out.add(new Alias(Names.alias(w[1]), Names.module(w[2])));
            }
        }
        return out;
    }

    private synchronized Set<String> builtin() {
        if (builtin == null) {
            builtin = new HashSet<>();
            for (String line : read("modules.builtin").orElse("").split("\n")) {
                if (!line.isBlank()) {
                    builtin.add(Names.module(line.strip()));
                }
            }
        }
        return builtin;
    }

    /** modules.builtin.modinfo: NUL-separated {@code module.key=value}; the alias keys. */
    private synchronized List<Alias> builtinAliases() {
        if (builtinAliases == null) {
            builtinAliases = new ArrayList<>();
            for (String field : read("modules.builtin.modinfo").orElse("").split("\0")) {
                int dot = field.indexOf('.');
                if (dot > 0 && field.startsWith("alias=", dot + 1)) {
                    builtinAliases.add(new Alias(Names.alias(field.substring(dot + 7)), Names.module(field.substring(0, dot))));
                }
            }
        }
        return builtinAliases;
    }

    private Path resolve(String relativeOrAbsolute) {
        Path p = Path.of(relativeOrAbsolute);
        return p.isAbsolute() ? p : dir.resolve(p);
    }

    private Optional<String> read(String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
