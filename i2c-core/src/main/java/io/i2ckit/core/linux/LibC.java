// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The whole native surface of the toolkit: four libc calls. Requests and syscall numbers are
 * {@code unsigned long}/{@code long} in C, so they travel as {@link NativeLong} (4 bytes on
 * 32-bit ARM, 8 on arm64); a Java long there would misplace every following argument.
 * Failures throw {@link LastErrorException} carrying errno.
 */
public interface LibC extends Library {
    int O_RDONLY = 0;
    int O_RDWR = 2;
    /** Same value on x86, ARM and arm64 (asm-generic). */
    int O_CLOEXEC = 0x80000;

    int open(String path, int flags) throws LastErrorException;

    int close(int fd) throws LastErrorException;

    /** ioctl with an integer argument, such as I2C_SLAVE's address. */
    int ioctl(int fd, NativeLong request, NativeLong argument) throws LastErrorException;

    /** ioctl with a pointer argument, such as I2C_RDWR's struct. */
    int ioctl(int fd, NativeLong request, Pointer argument) throws LastErrorException;

    /** The raw syscall entry, for calls glibc does not wrap (finit_module, init_module, delete_module). */
    NativeLong syscall(NativeLong number, Object... arguments) throws LastErrorException;

    /** The C library of this platform. */
    static LibC load() {
        return new DirectLibC();
    }
}
