// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The engine's own libc calls: a Unix socket (the JDK's channels cannot receive file descriptors,
 * SCM_RIGHTS), its peer's uid, and reads and writes on the descriptors a client hands over. Apart
 * from the bus's calls in i2c-core on purpose: only the engine needs them. Constants are the
 * asm-generic ones Linux uses on x86, ARM and arm64.
 *
 * <p>The calls that return {@code ssize_t} return an {@code int} here: the counts are a request's
 * or a write's (far below 2 GiB) or -1, and on every ABI the engine runs on (x86-64, arm64, i386,
 * armhf) an {@code int} return reads the low 32 bits of the register the {@code long} came back
 * in, which hold exactly that value; it spares making a {@link NativeLong} per call.
 *
 * <p>The calls are JNA direct mappings, registered once under their C names: no proxy,
 * reflection or argument list per call as an interface mapping has (a tenth of a warm command's
 * time in the engine went there, in the x86 guest).
 */
final class EngineLibC {
    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    private EngineLibC() {
    }

    static final int AF_UNIX = 1;
    static final int SOCK_STREAM = 1;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int SOL_SOCKET = 1;
    static final int SO_PEERCRED = 17;
    static final int SCM_RIGHTS = 1;
    static final int MSG_CMSG_CLOEXEC = 0x40000000;
    static final int MSG_CTRUNC = 0x8;
    static final int MSG_NOSIGNAL = 0x4000;
    static final short POLLIN = 1;
    /** poll(2): the peer shut its side down or closed it (a client's Ctrl-C, or its end). */
    static final short POLLRDHUP = 0x2000;
    static final int SHUT_RDWR = 2;
    /** unshare(2): a file-system context (working directory, umask) of the calling thread's own. */
    static final int CLONE_FS = 0x200;
    static final int EINTR = 4;
    static final int EAGAIN = 11;

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

    /** sched(7): a batch thread's wake-up never preempts a running one (the client that woke it). */
    static final int SCHED_BATCH = 3;

    static native int sched_setscheduler(int pid, int policy, Pointer param) throws LastErrorException;

    static native int umask(int mask);

    /** A {@code struct sockaddr_un} for {@code path}: family, then the path, NUL-terminated, in 108 bytes. */
    static Memory unixAddress(String path) {
        byte[] p = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (p.length >= 108) {
            throw new IllegalArgumentException("socket path over 107 bytes: " + path);
        }
        Memory m = new Memory(110);
        m.clear();
        m.setShort(0, (short) AF_UNIX);
        m.write(2, p, 0, p.length);
        return m;
    }

    /** Whether a call failed only because a signal or a non-blocking socket asked for another try. */
    static boolean transient_(LastErrorException e) {
        return e.getErrorCode() == EINTR || e.getErrorCode() == EAGAIN;
    }

    /**
     * Waits until {@code first} or {@code second} has one of its events (or is hung up): 0 for
     * {@code first}, which wins when both have, 1 for {@code second}, -1 when poll(2) itself fails.
     */
    /** Whether {@code fd}'s peer has hung up (its side shut down, or gone), asked without waiting. */
    static boolean hungUp(int fd) {
        Memory pfd = new Memory(8); // struct pollfd { int fd; short events; short revents; }
        pfd.clear();
        pfd.setInt(0, fd);
        pfd.setShort(4, POLLRDHUP);
        try {
            return poll(pfd, new NativeLong(1), 0) > 0 && pfd.getShort(6) != 0;
        } catch (LastErrorException e) {
            return false;
        }
    }

    static int awaitEither(int first, short firstEvents, int second, short secondEvents) {
        Memory pfd = new Memory(16); // two struct pollfd { int fd; short events; short revents; }
        pfd.clear();
        pfd.setInt(0, first);
        pfd.setShort(4, firstEvents);
        pfd.setInt(8, second);
        pfd.setShort(12, secondEvents);
        while (true) {
            try {
                poll(pfd, new NativeLong(2), -1);
            } catch (LastErrorException e) {
                if (transient_(e)) {
                    continue;
                }
                return -1;
            }
            if (pfd.getShort(6) != 0) {
                return 0;
            }
            if (pfd.getShort(14) != 0) {
                return 1;
            }
        }
    }
}
