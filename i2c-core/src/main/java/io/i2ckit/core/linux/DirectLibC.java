// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * {@link LibC} with the bus's calls (open, close, ioctl) bound once to libc's symbols (JNA's
 * direct mapping): no proxy, reflection or argument list per call, which a resident engine that
 * opens a bus per command pays for each time. {@code syscall}, which takes a variable argument
 * list that direct mapping cannot, goes through an interface mapping, made when first needed.
 */
final class DirectLibC implements LibC {
    private static volatile LibC variadic;

    /** The symbols, registered under their C names. */
    private static final class C {
        static {
            Native.register(Platform.C_LIBRARY_NAME);
        }

        static native int open(String path, int flags) throws LastErrorException;

        static native int close(int fd) throws LastErrorException;

        static native int ioctl(int fd, NativeLong request, NativeLong argument) throws LastErrorException;

        static native int ioctl(int fd, NativeLong request, Pointer argument) throws LastErrorException;
    }

    @Override
    public int open(String path, int flags) {
        return C.open(path, flags);
    }

    @Override
    public int close(int fd) {
        return C.close(fd);
    }

    @Override
    public int ioctl(int fd, NativeLong request, NativeLong argument) {
        return C.ioctl(fd, request, argument);
    }

    @Override
    public int ioctl(int fd, NativeLong request, Pointer argument) {
        return C.ioctl(fd, request, argument);
    }

    @Override
    public NativeLong syscall(NativeLong number, Object... arguments) {
        LibC l = variadic;
        if (l == null) {
            l = Native.load(Platform.C_LIBRARY_NAME, LibC.class);
            variadic = l;
        }
        return l.syscall(number, arguments);
    }
}
