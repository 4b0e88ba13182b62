// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * modprobe's resolution: a name looked up in kmod's order (configured aliases, module names,
 * exported symbols for {@code symbol:NAME}, install commands, modules.alias, builtins, builtin
 * aliases), then each module's probe list:
 * its dependencies (each with its softdeps around it), then itself with its own softdeps
 * (pre before, post after). The blacklist skips modules reached through an alias only.
 */
public final class Resolver {
    private final ModuleTree tree;
    private final ModprobeConfig config;

    /** A module a name stands for, and the alias it was reached through (null: by its own name). */
    public record Target(String module, String alias) {
    }

    public Resolver(ModuleTree tree, ModprobeConfig config) {
        this.tree = tree;
        this.config = config;
    }

    /**
     * The resolution of kernel {@code release}'s tree under {@code root}, with the modprobe.d
     * directories under the same root and the given kernel command line.
     */
    public static Resolver of(Path root, String release, String cmdline) {
        ModuleTree tree = ModuleTree.of(root, release);
        return new Resolver(tree, ModprobeConfig.load(ModprobeConfig.defaultDirectories(root), tree.softdepText(), cmdline));
    }

    public ModuleTree tree() {
        return tree;
    }

    public ModprobeConfig config() {
        return config;
    }

    /** kmod's lookup order; the first source that yields anything wins. */
    public List<Target> lookup(String name) {
        if (name.contains("/")) {
            return List.of(); // a file is no name: modprobe 30 finds nothing, and another file of its name must not stand in
        }
        String n = Names.alias(name);
        List<String> found = config.aliasTargets(n);
        if (!found.isEmpty()) {
            return targets(found, name);
        }
        if (!n.contains(":") && tree.entry(n).isPresent()) {
            return List.of(new Target(Names.module(n), null));
        }
        found = tree.symbolTargets(n);
        if (!found.isEmpty()) {
            return targets(found, name);
        }
        if (config.hasCommandFor(n)) {
            return List.of(new Target(Names.module(n), null));
        }
        found = tree.aliasTargets(n);
        if (!found.isEmpty()) {
            return targets(found, name);
        }
        if (tree.isBuiltin(n)) {
            return List.of(new Target(Names.module(n), null));
        }
        return targets(tree.builtinAliasTargets(n), name);
    }

    private static List<Target> targets(List<String> modules, String alias) {
        return modules.stream().map(m -> new Target(m, alias)).toList();
    }

    /**
     * The plan for loading {@code name} with the user's {@code options}, every step included as
     * with {@code modprobe --show-depends} (whether already loaded is the loader's concern).
     *
     * @throws ModuleNotFoundException when nothing goes by that name
     */
    public List<Step> plan(String name, String options) {
        List<Target> targets = lookup(name);
        if (targets.isEmpty()) {
            if (name.contains("/")) {
                throw new ModuleNotFoundException(name, tree.directory().toString(), "a path names a file, not a"
                        + " module; to insert that file itself, use 'i2ckit modules insert " + name + "'");
            }
            throw new ModuleNotFoundException(name, tree.directory().toString(), tree.problem().orElse(null));
        }
        // one probe a target, as modprobe does: a module two targets need is listed for each
        List<Step> steps = new ArrayList<>();
        for (Target t : targets) {
            if (t.alias() != null && config.isBlacklisted(t.module())) {
                continue; // the blacklist applies to aliases, not to a module asked for by name
            }
            steps.addAll(probe(t, options == null ? "" : options));
        }
        return steps;
    }

    private List<Step> probe(Target target, String userOptions) {
        Probe probe = new Probe();
        probe.list(target.module(), true);
        List<Step> steps = new ArrayList<>();
        for (String m : probe.order) {
            String opts = config.options(m, m.equals(target.module()) ? target.alias() : null);
            String extra = m.equals(target.module()) ? userOptions : "";
            // kmod's module_options_concat: configured options, a space, the user's (maybe none)
            String all = opts.isEmpty() ? extra : opts + " " + extra;
            boolean required = probe.required.contains(m);
            if (tree.isBuiltin(m)) {
                steps.add(new Step(Step.Kind.BUILTIN, m, null, all, null, required));
            } else if (config.install(m).isPresent() && !probe.hasSoftdeps.contains(m)) {
                steps.add(new Step(Step.Kind.INSTALL, m, null, all, config.install(m).get(), required));
            } else {
                tree.entry(m).ifPresent(e -> steps.add(new Step(Step.Kind.INSMOD, m, e.path(), all, null, required)));
            }
        }
        return steps;
    }

    /** kmod's __kmod_module_get_probe_list and __kmod_module_fill_softdep. */
    private final class Probe {
        final List<String> order = new ArrayList<>();
        final Set<String> visited = new HashSet<>();
        final Set<String> required = new HashSet<>();
        final Set<String> hasSoftdeps = new HashSet<>();

        void list(String module, boolean req) {
            if (!visited.add(module)) {
                return;
            }
            List<String> deps = tree.entry(module).map(e -> e.needs().stream()
                    .map(p -> Names.module(p.getFileName().toString())).toList()).orElse(List.of());
            if (req) {
                required.add(module);
                required.addAll(deps);
            }
            for (String d : deps) {
                fill(d);
            }
            fill(module);
        }

        void fill(String module) {
            var softdep = config.softdep(module);
            if (softdep.isPresent() && !(softdep.get().pre().isEmpty() && softdep.get().post().isEmpty())) {
                hasSoftdeps.add(module);
            }
            softdep.ifPresent(s -> s.pre().forEach(p -> lookup(p).forEach(t -> list(t.module(), false))));
            if (!order.contains(module)) {
                order.add(module);
            }
            softdep.ifPresent(s -> s.post().forEach(p -> lookup(p).forEach(t -> list(t.module(), false))));
        }
    }
}
