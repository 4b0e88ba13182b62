// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import io.i2ckit.core.linux.LibC;

import java.util.Locale;

/**
 * finit_module, init_module and delete_module through libc's {@code syscall}, numbered for the
 * JVM's own architecture: a 32-bit userland on a 64-bit kernel (Raspberry Pi OS on a Pi 4) uses
 * the 32-bit numbers, whatever uname says. Integer arguments go as {@code long}, as the kernel
 * reads every syscall argument.
 */
final class ModuleSyscalls implements ModuleCalls {
    /** Syscall numbers of one architecture. */
    record Numbers(long initModule, long deleteModule, long finitModule) {
        static Numbers forArch(String osArch) {
            return switch (osArch.toLowerCase(Locale.ROOT)) {
                case "amd64", "x86_64" -> new Numbers(175, 176, 313);
                case "aarch64", "arm64" -> new Numbers(105, 106, 273);
                case "arm", "armhf", "armel" -> new Numbers(128, 129, 379);
                case "x86", "i386", "i486", "i586", "i686" -> new Numbers(128, 129, 350);
                default -> throw new UnsupportedOperationException("no module syscall numbers for architecture " + osArch);
            };
        }
    }

    private final LibC libc;
    private final Numbers numbers;

    ModuleSyscalls(LibC libc, Numbers numbers) {
        this.libc = libc;
        this.numbers = numbers;
    }

    static ModuleSyscalls forThisJvm(LibC libc) {
        return new ModuleSyscalls(libc, Numbers.forArch(System.getProperty("os.arch")));
    }

    @Override
    public void finit(int fd, String params, int flags) {
        libc.syscall(new NativeLong(numbers.finitModule()), new NativeLong(fd), params, new NativeLong(flags));
    }

    @Override
    public void init(byte[] image, String params) {
        Memory m = new Memory(image.length);
        m.write(0, image, 0, image.length);
        libc.syscall(new NativeLong(numbers.initModule()), m, new NativeLong(image.length), params);
    }

    @Override
    public void delete(String module, int flags) {
        libc.syscall(new NativeLong(numbers.deleteModule()), module, new NativeLong(flags));
    }

    @Override
    public int open(String path) {
        return libc.open(path, LibC.O_RDONLY | LibC.O_CLOEXEC);
    }

    @Override
    public void close(int fd) {
        try {
            libc.close(fd);
        } catch (LastErrorException ignored) {
            // a read-only descriptor: nothing to lose
        }
    }
}
