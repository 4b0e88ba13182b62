// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import io.i2ckit.core.Errno;

/**
 * The kernel's answers to init_module, finit_module and delete_module as modprobe, insmod and
 * rmmod word them, each with what to do next.
 */
final class ModuleErrors {
    static final int ESRCH = 3;
    static final int EWOULDBLOCK = Errno.EAGAIN;

    private ModuleErrors() {
    }

    /**
     * @param name the module as the user named it
     * @param release the running kernel, for the wrong-format hint
     */
    static ModuleException insertFailed(String name, String module, int errno, String options, String release,
                                        boolean mayLoad) {
        String why = switch (errno) {
            case Errno.EPERM -> mayLoad
                    ? "Operation not permitted: the kernel refuses it (blacklisted with module_blacklist= on the "
                    + "kernel command line, module loading switched off by kernel.modules_disabled, or an "
                    + "unsigned module under lockdown); see dmesg"
                    : null;
            case Errno.ENOEXEC -> "Invalid module format: it was not built for this kernel (" + release
                    + "); see dmesg";
            case Errno.ENOENT -> "Unknown symbol in module, or unknown parameter (see dmesg)";
            case ESRCH -> "Module has wrong symbol version (see dmesg)";
            case Errno.EINVAL -> "Invalid parameters" + (options.isEmpty() ? "" : " '" + options + "'") + " (see dmesg)";
            case Errno.EBUSY -> "another load of it was under way and failed (see dmesg); try again";
            case Errno.EKEYREJECTED -> "Key was rejected by service: the kernel does not trust its signature "
                    + "(Secure Boot?); see dmesg";
            default -> Errno.text(errno);
        };
        if (why == null) {
            return new NeedsRootException(name, true, errno);
        }
        return new ModuleException(module, errno, "could not insert '" + module + "': " + why);
    }

    static ModuleException removeFailed(String name, String module, int errno) {
        return switch (errno) {
            case Errno.EPERM, Errno.EACCES -> new NeedsRootException(name, false, errno);
            case EWOULDBLOCK, Errno.EBUSY -> inUse(module, errno);
            case Errno.ENOENT -> notLoaded(module);
            default -> new ModuleException(module, errno, "could not remove '" + module + "': " + Errno.text(errno));
        };
    }

    static ModuleException notLoaded(String module) {
        return new ModuleException(module, Errno.ENOENT, "Module " + module + " is not currently loaded");
    }

    static ModuleException inUse(String module, int errno) {
        return new ModuleInUseException(module, errno, "Module " + module
                + " is in use: close what holds it (a program with /dev/i2c-N open?) and try again");
    }
}
