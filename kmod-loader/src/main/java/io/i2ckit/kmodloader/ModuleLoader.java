// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import com.sun.jna.LastErrorException;
import io.i2ckit.core.Errno;
import io.i2ckit.core.linux.LibC;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Loads and removes kernel modules as modprobe, insmod and rmmod do: the plan from
 * {@link Resolver}, modules already live or builtin left alone, files inserted with finit_module
 * (compressed ones unpacked by the kernel when it can, else in Java for init_module), EEXIST
 * taken as success, and install or remove commands of modprobe.d run only when the policy says so.
 */
public final class ModuleLoader {
    private final Path root;
    private final KernelModules kernel;
    private final Supplier<ModuleCalls> calls;
    private final CommandRunner commands;
    private final ModuleInsertion insertion;
    private ModuleCalls openedCalls;
    private Resolver resolver;

    /**
     * @param root where proc, sys, etc and lib/modules are: "/" on a live system
     * @param calls the kernel's module calls, asked for only when something must change
     */
    public ModuleLoader(Path root, Supplier<ModuleCalls> calls, CommandRunner commands) {
        this.root = root;
        this.kernel = new KernelModules(root);
        this.calls = calls;
        this.commands = commands;
        this.insertion = new ModuleInsertion(kernel, this::calls, this::release);
    }

    /** The loader of this system: libc's syscall for the JVM's architecture, commands through /bin/sh. */
    public static ModuleLoader forSystem(Path root) {
        return new ModuleLoader(root, () -> ModuleSyscalls.forThisJvm(LibC.load()), CommandRunner.shell());
    }

    public KernelModules kernel() {
        return kernel;
    }

    /** The running kernel's module tree and modprobe.d, read once, when first needed. */
    public synchronized Resolver resolver() {
        if (resolver == null) {
            resolver = Resolver.of(root, ModuleTree.release(root), kernel.cmdline());
        }
        return resolver;
    }

    /** Uses this resolution instead of the running kernel's (another tree, other configuration). */
    public synchronized ModuleLoader withResolver(Resolver r) {
        resolver = r;
        return this;
    }

    /**
     * Resolves from the tree and modprobe.d under {@code treeRoot} (as {@code modprobe -d}),
     * of {@code release} (null: the running kernel's), still loading into the running kernel.
     */
    public ModuleLoader withTree(Path treeRoot, String release) {
        return withResolver(Resolver.of(treeRoot, release != null ? release : ModuleTree.release(root), kernel.cmdline()));
    }

    /** What loading {@code request} takes, every step as {@code modprobe --show-depends} lists it. */
    public List<Step> plan(ModuleRequest request) {
        return resolver().plan(request.name(), request.options());
    }

    /**
     * Makes sure each requested module is in the kernel, with what it depends on, in order.
     * Fails on the first required module that cannot be loaded; softdeps that fail are reported
     * as skipped, as modprobe ignores them.
     *
     * @return what was done (or would be, in a dry run) for each module of each plan
     * @throws ModuleNotFoundException when a name is no module, alias or builtin of this kernel
     * @throws NeedsRootException when something must be loaded and this process may not
     * @throws CommandNotRunException when an install command stands in and commands may not run
     */
    public List<Outcome> ensureLoaded(List<ModuleRequest> requests, LoadPolicy policy) {
        List<Outcome> out = new ArrayList<>();
        for (ModuleRequest r : requests) {
            String m = Names.module(r.name());
            if (!m.contains(":") && !r.name().contains("/") && kernel.state(m) == KernelModules.State.LIVE) {
                out.add(loaded(m, r.options()));
                continue; // no need to read the module tree at all
            }
            List<Step> plan;
            try {
                plan = plan(r);
            } catch (ModuleNotFoundException e) {
                if (!kernel.takesModules()) {
                    throw new ModuleException(m, Errno.ENOSYS, "this kernel takes no modules (no /proc/modules: built "
                            + "without module support, or /proc is not mounted), so " + r.name()
                            + " would have to be built into it");
                }
                throw e;
            }
            if (plan.isEmpty()) {
                out.add(new Outcome(m, Outcome.Action.SKIPPED, "blacklisted in modprobe.d, which only "
                        + "applies to aliases: name the module itself to load it"));
            }
            for (Step s : plan) {
                try {
                    out.add(carryOut(r.name(), s, policy));
                } catch (ModuleException e) {
                    if (s.required()) {
                        throw e;
                    }
                    out.add(new Outcome(s.module(), Outcome.Action.SKIPPED, "softdep not loaded: " + e.detail()));
                }
            }
        }
        return out;
    }

    private Outcome carryOut(String asked, Step s, LoadPolicy policy) {
        if (s.kind() == Step.Kind.BUILTIN) {
            return new Outcome(s.module(), Outcome.Action.BUILTIN, "");
        }
        if (settle(s.module(), policy) == KernelModules.State.LIVE) {
            return loaded(s.module(), "");
        }
        String name = s.required() && Names.module(asked).equals(s.module()) ? asked : s.module();
        if (s.kind() == Step.Kind.INSTALL) {
            String command = s.command().replace("$CMDLINE_OPTS", s.options());
            if (policy.dryRun()) {
                return new Outcome(s.module(), Outcome.Action.WOULD_RUN_COMMAND, command);
            }
            if (!policy.runCommands()) {
                throw new CommandNotRunException(s.module(), "install", s.command());
            }
            requireModuleRights(name, true);
            return runCommand(s.module(), command);
        }
        if (policy.dryRun()) {
            return new Outcome(s.module(), Outcome.Action.WOULD_INSERT, ModuleInsertion.describe(s.path(), s.options()));
        }
        requireModuleRights(name, true);
        return insertion.insert(name, s.module(), s.path(), s.options());
    }

    /**
     * Inserts one module file, as insmod does: no dependencies, the parameters as given.
     *
     * @param options parameters for the kernel, such as {@code chip_addr=0x50 name="a b"}
     */
    public Outcome insert(Path file, String options) {
        if (!Files.isRegularFile(file)) {
            throw new ModuleException(Names.module(file.toString()), Errno.ENOENT, "could not load module " + file
                    + ": No such file or directory");
        }
        String module = Names.module(file.getFileName().toString());
        ModuleInsertion.requireElf(module, file);
        requireModuleRights(module, true);
        return insertion.insert(module, module, file, options == null ? "" : options.strip());
    }

    /**
     * Removes a module, as rmmod does, but refusing while modules or open files hold it rather
     * than waiting; a modprobe.d remove command runs instead only when the policy allows commands.
     */
    public Outcome remove(String name, LoadPolicy policy) {
        String m = Names.module(name);
        KernelModules.State state = settle(m, policy);
        if (state == KernelModules.State.GOING) {
            throw new ModuleException(m, Errno.EBUSY, m + " is still being removed by another process after "
                    + policy.settle().toMillis() + " ms (see dmesg)");
        }
        if (state == KernelModules.State.ABSENT) {
            if (resolver().tree().isBuiltin(m)) {
                throw new ModuleException(m, Errno.EPERM, "Module " + m + " is builtin: it cannot be removed");
            }
            throw ModuleErrors.notLoaded(m);
        }
        List<String> holders = kernel.holders(m);
        if (!holders.isEmpty()) {
            throw new ModuleInUseException(m, Errno.EBUSY, "Module " + m + " is in use by: " + String.join(" ", holders)
                    + " (remove those first)");
        }
        if (kernel.references(m) > 0) {
            throw ModuleErrors.inUse(m, Errno.EBUSY);
        }
        var command = resolver().config().remove(m);
        if (command.isPresent()) {
            if (policy.dryRun()) {
                return new Outcome(m, Outcome.Action.WOULD_RUN_COMMAND, command.get());
            }
            if (!policy.runCommands()) {
                throw new CommandNotRunException(m, "remove", command.get());
            }
            requireModuleRights(name, false);
            return runCommand(m, command.get().replace("$CMDLINE_OPTS", ""));
        }
        if (policy.dryRun()) {
            return new Outcome(m, Outcome.Action.WOULD_REMOVE, "");
        }
        requireModuleRights(name, false);
        try {
            calls().delete(m, ModuleCalls.O_NONBLOCK);
        } catch (LastErrorException e) {
            throw ModuleErrors.removeFailed(name, m, e.getErrorCode());
        }
        return new Outcome(m, Outcome.Action.REMOVED, "");
    }

    /**
     * What modinfo reports for a module file, or for every module a name or alias stands for:
     * the {@code .modinfo} fields, the signature, the parameters; for a builtin, what
     * modules.builtin.modinfo holds.
     *
     * @throws ModuleNotFoundException when the name is no module, alias or builtin
     */
    public List<List<Modinfo.Field>> describe(String nameOrFile) {
        return ModuleReports.describe(resolver(), nameOrFile);
    }

    private Outcome loaded(String module, String ignoredOptions) {
        return new Outcome(module, Outcome.Action.LOADED, ignoredOptions.isEmpty() ? ""
                : "parameters not applied (" + ignoredOptions + "): remove the module first to load it with them");
    }

    /** Waits while another process is loading or removing the module, up to the policy's settle time. */
    private KernelModules.State settle(String module, LoadPolicy policy) {
        long deadline = System.nanoTime() + policy.settle().toNanos();
        KernelModules.State s = kernel.state(module);
        while ((s == KernelModules.State.COMING || s == KernelModules.State.GOING) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            s = kernel.state(module);
        }
        if (s == KernelModules.State.COMING) {
            throw new ModuleException(module, Errno.EBUSY, module + " is still being loaded by another process after "
                    + policy.settle().toMillis() + " ms (see dmesg)");
        }
        return s;
    }

    private void requireModuleRights(String name, boolean loading) {
        if (!kernel.canLoadModules()) {
            throw new NeedsRootException(name, loading, Errno.EPERM);
        }
    }

    private Outcome runCommand(String module, String command) {
        int status;
        try {
            status = commands.run(module, command);
        } catch (IOException e) {
            throw new ModuleException(module, 0, "could not run the modprobe.d command '" + command + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleException(module, Errno.EINTR, "interrupted while running '" + command + "'");
        }
        if (status != 0) {
            throw new ModuleException(module, 0, "the modprobe.d command for " + module + " failed with status "
                    + status + ": '" + command + "'");
        }
        return new Outcome(module, Outcome.Action.RAN_COMMAND, command);
    }

    private String release() {
        try {
            return ModuleTree.release(root);
        } catch (RuntimeException e) {
            return "the running kernel";
        }
    }

    private synchronized ModuleCalls calls() {
        if (openedCalls == null) {
            openedCalls = calls.get();
        }
        return openedCalls;
    }
}
