// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * {@link EngineLibC} bound once to libc's symbols (JNA's direct mapping): a call is a native
 * method, with no proxy, reflection or argument list per call as an interface mapping has (a
 * tenth of a warm command's time in the engine went there, in the x86 guest).
 */
final class DirectEngineLibC implements EngineLibC {
    /** The symbols, registered under their C names. */
    private static final class C {
        static {
            Native.register(Platform.C_LIBRARY_NAME);
        }

        static native int socket(int domain, int type, int protocol) throws LastErrorException;

        static native int bind(int fd, Pointer address, int length) throws LastErrorException;

        static native int listen(int fd, int backlog) throws LastErrorException;

        static native int accept4(int fd, Pointer address, Pointer length, int flags) throws LastErrorException;

        static native int getsockopt(int fd, int level, int name, Pointer value, Pointer length) throws LastErrorException;

        static native int recvmsg(int fd, Pointer message, int flags) throws LastErrorException;

        static native int send(int fd, Pointer buffer, NativeLong length, int flags) throws LastErrorException;

        static native int read(int fd, Pointer buffer, NativeLong length) throws LastErrorException;

        static native int write(int fd, Pointer buffer, NativeLong length) throws LastErrorException;

        static native int poll(Pointer fds, NativeLong count, int timeoutMillis) throws LastErrorException;

        static native int close(int fd) throws LastErrorException;

        static native int shutdown(int fd, int how) throws LastErrorException;

        static native int isatty(int fd);

        static native int getuid();

        static native int chmod(String path, int mode) throws LastErrorException;

        static native int unshare(int flags) throws LastErrorException;

        static native int sched_setscheduler(int pid, int policy, Pointer param) throws LastErrorException;

        static native int umask(int mask);
    }

    @Override
    public int socket(int domain, int type, int protocol) {
        return C.socket(domain, type, protocol);
    }

    @Override
    public int bind(int fd, Pointer address, int length) {
        return C.bind(fd, address, length);
    }

    @Override
    public int listen(int fd, int backlog) {
        return C.listen(fd, backlog);
    }

    @Override
    public int accept4(int fd, Pointer address, Pointer length, int flags) {
        return C.accept4(fd, address, length, flags);
    }

    @Override
    public int getsockopt(int fd, int level, int name, Pointer value, Pointer length) {
        return C.getsockopt(fd, level, name, value, length);
    }

    @Override
    public int recvmsg(int fd, Pointer message, int flags) {
        return C.recvmsg(fd, message, flags);
    }

    @Override
    public int send(int fd, Pointer buffer, NativeLong length, int flags) {
        return C.send(fd, buffer, length, flags);
    }

    @Override
    public int read(int fd, Pointer buffer, NativeLong length) {
        return C.read(fd, buffer, length);
    }

    @Override
    public int write(int fd, Pointer buffer, NativeLong length) {
        return C.write(fd, buffer, length);
    }

    @Override
    public int poll(Pointer fds, NativeLong count, int timeoutMillis) {
        return C.poll(fds, count, timeoutMillis);
    }

    @Override
    public int close(int fd) {
        return C.close(fd);
    }

    @Override
    public int shutdown(int fd, int how) {
        return C.shutdown(fd, how);
    }

    @Override
    public int isatty(int fd) {
        return C.isatty(fd);
    }

    @Override
    public int getuid() {
        return C.getuid();
    }

    @Override
    public int chmod(String path, int mode) {
        return C.chmod(path, mode);
    }

    @Override
    public int unshare(int flags) {
        return C.unshare(flags);
    }

    @Override
    public int sched_setscheduler(int pid, int policy, Pointer param) {
        return C.sched_setscheduler(pid, policy, param);
    }

    @Override
    public int umask(int mask) {
        return C.umask(mask);
    }
}
