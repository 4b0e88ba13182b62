// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * modprobe.d as kmod reads it: the {@code *.conf} files of the configuration directories merged
 * by file name (a name in an earlier directory hides the same name later), then the module
 * tree's modules.softdep, then the kernel command line's {@code module.param=value} and
 * {@code modprobe.blacklist=}. Commands: alias, blacklist, options, install, remove, softdep.
 */
public final class ModprobeConfig {
    /** An {@code alias PATTERN MODULE} line; the pattern is fnmatch'd against names looked up. */
    public record Alias(String pattern, String module) {
    }

    /** A {@code softdep MODULE pre: A B post: C} line; the module may be a pattern. */
    public record Softdep(String module, List<String> pre, List<String> post) {
    }

    private record Options(String module, String options) {
    }

    private final List<Alias> aliases = new ArrayList<>();
    private final Set<String> blacklist = new HashSet<>();
    private final List<Options> options = new ArrayList<>();
    private final List<Softdep> softdeps = new ArrayList<>();
    private final Map<String, String> install = new LinkedHashMap<>();
    private final Map<String, String> remove = new LinkedHashMap<>();

    /** kmod 30's directories under {@code root}, in precedence order. */
    public static List<Path> defaultDirectories(Path root) {
        return Stream.of("etc/modprobe.d", "run/modprobe.d", "usr/local/lib/modprobe.d", "lib/modprobe.d")
                .map(root::resolve).toList();
    }

    /**
     * Reads the configuration.
     *
     * @param paths directories (their *.conf files merged by name) or single files, in precedence order
     * @param softdepText the module tree's modules.softdep
     * @param cmdline the kernel command line, or ""
     */
    public static ModprobeConfig load(List<Path> paths, String softdepText, String cmdline) {
        ModprobeConfig c = new ModprobeConfig();
        TreeMap<String, Path> byName = new TreeMap<>();
        List<Path> singles = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".conf")
                                    && !f.getFileName().toString().startsWith("."))
                            .forEach(f -> byName.putIfAbsent(f.getFileName().toString(), f));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (Files.isRegularFile(p)) {
                singles.add(p);
            }
        }
        List<Path> order = new ArrayList<>(byName.values());
        order.addAll(singles);
        for (Path f : order) {
            try {
                c.parse(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        c.parse(softdepText);
        c.parseCommandLine(cmdline);
        return c;
    }

    /** Parses configuration text: comments, continued lines, one command a line. */
    void parse(String text) {
        StringBuilder logical = new StringBuilder();
        for (String raw : text.split("\n")) {
            if (raw.endsWith("\\")) {
                logical.append(raw, 0, raw.length() - 1);
                continue;
            }
            logical.append(raw);
            command(logical.toString());
            logical.setLength(0);
        }
        if (logical.length() > 0) {
            command(logical.toString());
        }
    }

    private void command(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
            return;
        }
        String[] w = l.split("\\s+");
        switch (w[0]) {
            case "alias" -> {
                if (w.length >= 3) {
                    aliases.add(new Alias(Names.alias(w[1]), Names.module(w[2])));
                }
            }
            case "blacklist" -> {
                if (w.length >= 2) {
                    blacklist.add(Names.module(w[1]));
                }
            }
            case "options" -> {
                if (w.length >= 3) {
                    // kmod keeps the text as written, but for tabs, which become spaces
                    options.add(new Options(Names.module(w[1]), rest(line).replace('\t', ' ')));
                }
            }
            case "install", "remove" -> {
                if (w.length >= 3) {
                    (w[0].equals("install") ? install : remove).putIfAbsent(Names.module(w[1]), rest(line));
                }
            }
            case "softdep" -> {
                if (w.length >= 2) {
                    List<String> pre = new ArrayList<>();
                    List<String> post = new ArrayList<>();
                    List<String> into = null; // words before any pre: or post: mean nothing
                    for (String word : Arrays.copyOfRange(w, 2, w.length)) {
                        if (word.equals("pre:")) {
                            into = pre;
                        } else if (word.equals("post:")) {
                            into = post;
                        } else if (into != null) {
                            into.add(word);
                        }
                    }
                    softdeps.add(new Softdep(Names.alias(w[1]), pre, post));
                }
            }
            default -> {
                // weakdep and unknown commands: kmod logs and goes on; so do we
            }
        }
    }

    /**
     * What follows the command and the module name, as kmod's strtok_r leaves it: after the one
     * space or tab that ended the name, everything to the end of the line, spaces included.
     */
    private static String rest(String line) {
        int i = 0;
        for (int token = 0; token < 2; token++) {
            while (i < line.length() && isBlank(line.charAt(i))) {
                i++;
            }
            while (i < line.length() && !isBlank(line.charAt(i))) {
                i++;
            }
        }
        return i + 1 < line.length() ? line.substring(i + 1) : "";
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Module options and {@code modprobe.blacklist=a,b} from the kernel command line, as kmod reads them. */
    void parseCommandLine(String cmdline) {
        for (KernelCommandLine.Option o : KernelCommandLine.options(cmdline)) {
            if (o.module().equals("modprobe") && o.text().startsWith("blacklist=")) {
                for (String m : o.text().substring("blacklist=".length()).split(",")) {
                    if (!m.isEmpty()) {
                        blacklist.add(Names.module(m));
                    }
                }
            } else {
                options.add(new Options(o.module(), o.text()));
            }
        }
    }

    /** The aliases of this configuration matching {@code name}, in order. */
    public List<String> aliasTargets(String name) {
        String n = Names.alias(name);
        List<String> out = new ArrayList<>();
        for (Alias a : aliases) {
            if (!out.contains(a.module()) && Fnmatch.matches(a.pattern(), n)) {
                out.add(a.module());
            }
        }
        return out;
    }

    public boolean isBlacklisted(String module) {
        return blacklist.contains(Names.module(module));
    }

    /** Every options line for the module or the alias it was reached through, joined in order. */
    public String options(String module, String viaAlias) {
        String m = Names.module(module);
        String a = viaAlias == null ? null : Names.alias(viaAlias);
        return String.join(" ", options.stream().filter(o -> o.module().equals(m) || o.module().equals(a))
                .map(Options::options).toList());
    }

    public Optional<String> install(String module) {
        return Optional.ofNullable(install.get(Names.module(module)));
    }

    public Optional<String> remove(String module) {
        return Optional.ofNullable(remove.get(Names.module(module)));
    }

    /** The first softdep line whose module pattern matches, as kmod takes only that one. */
    public Optional<Softdep> softdep(String module) {
        String m = Names.module(module);
        return softdeps.stream().filter(s -> Fnmatch.matches(s.module(), m)).findFirst();
    }

    /** Whether an install command exists for a name, for lookup (kmod's step 4). */
    boolean hasCommandFor(String name) {
        String n = Names.module(name);
        return install.containsKey(n) || remove.containsKey(n);
    }
}
