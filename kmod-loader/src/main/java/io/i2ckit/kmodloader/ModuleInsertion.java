// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import com.sun.jna.LastErrorException;
import io.i2ckit.core.Errno;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Putting one module file into the kernel: finit_module on the file, the kernel unpacking a
 * compressed one when it can, else the image unpacked in Java for init_module (also when
 * finit_module answers that it cannot); EEXIST means someone else was quicker.
 */
final class ModuleInsertion {
    private final KernelModules kernel;
    private final Supplier<ModuleCalls> calls;
    private final Supplier<String> release;

    ModuleInsertion(KernelModules kernel, Supplier<ModuleCalls> calls, Supplier<String> release) {
        this.kernel = kernel;
        this.calls = calls;
        this.release = release;
    }

    /** Refuses, before the kernel sees it, a file that is no ELF object (compressed ones once unpacked). */
    static void requireElf(String module, Path file) {
        if (ModuleFile.compression(file) == ModuleFile.Compression.ZSTD) {
            return; // the kernel unpacks it, or image() says it cannot be
        }
        byte[] image = ModuleFile.image(file);
        if (image.length < 4 || image[0] != 0x7f || image[1] != 'E' || image[2] != 'L' || image[3] != 'F') {
            // insmod's words, and why, said before the kernel is asked
            throw new ModuleException(module, Errno.ENOEXEC, "could not insert '" + module + "': Invalid module format ("
                    + file + " is not a kernel module: no ELF header; a module is a .ko file built for this kernel)");
        }
    }

    /** Inserts {@code file} for the module {@code module} (asked for as {@code name}). */
    Outcome insert(String name, String module, Path file, String options) {
        ModuleFile.Compression packed = ModuleFile.compression(file);
        String how;
        try {
            if (packed == ModuleFile.Compression.NONE) {
                how = finitOrInit(file, options, 0, Errno.ENOSYS);
            } else if (packed == kernel.decompression()) {
                how = finitOrInit(file, options, ModuleCalls.MODULE_INIT_COMPRESSED_FILE,
                        Errno.EINVAL, Errno.EOPNOTSUPP, Errno.ENOSYS);
            } else {
                how = initUnpacked(file, options);
            }
        } catch (LastErrorException e) {
            if (e.getErrorCode() == Errno.EEXIST) {
                return new Outcome(module, Outcome.Action.LOADED, "loaded meanwhile by someone else");
            }
            throw ModuleErrors.insertFailed(name, module, e.getErrorCode(), options, release.get(), kernel.canLoadModules());
        }
        return new Outcome(module, Outcome.Action.INSERTED, describe(file, options) + " (" + how + ")");
    }

    /** finit_module with {@code flags}; init_module on an image unpacked here when the kernel answers one of {@code fallbacks}. */
    private String finitOrInit(Path file, String options, int flags, int... fallbacks) {
        int fd;
        try {
            fd = calls.get().open(file.toString());
        } catch (LastErrorException e) {
            throw new ModuleException(Names.module(file.toString()), e.getErrorCode(), "could not open " + file
                    + ": " + Errno.text(e.getErrorCode()));
        }
        try {
            calls.get().finit(fd, options, flags);
            return flags == 0 ? "finit_module" : "finit_module, unpacked by the kernel";
        } catch (LastErrorException e) {
            for (int f : fallbacks) {
                if (e.getErrorCode() == f) {
                    return initUnpacked(file, options) + " after finit_module said " + Errno.text(f);
                }
            }
            throw e;
        } finally {
            calls.get().close(fd);
        }
    }

    private String initUnpacked(Path file, String options) {
        ModuleFile.Compression packed = ModuleFile.compression(file);
        calls.get().init(ModuleFile.image(file), options);
        return packed == ModuleFile.Compression.NONE ? "init_module"
                : "init_module, " + packed.kernelName() + " unpacked in Java";
    }

    /** The file and its parameters, as outcomes show them. */
    static String describe(Path file, String options) {
        return options.isBlank() ? file.toString() : file + " " + options.strip();
    }
}
