// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
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
 */
interface EngineLibC {
    int AF_UNIX = 1;
    int SOCK_STREAM = 1;
    int SOCK_CLOEXEC = 0x80000;
    int SOL_SOCKET = 1;
    int SO_PEERCRED = 17;
    int SCM_RIGHTS = 1;
    int MSG_CMSG_CLOEXEC = 0x40000000;
    int MSG_CTRUNC = 0x8;
    int MSG_NOSIGNAL = 0x4000;
    short POLLIN = 1;
    /** poll(2): the peer shut its side down or closed it (a client's Ctrl-C, or its end). */
    short POLLRDHUP = 0x2000;
    int SHUT_RDWR = 2;
    /** unshare(2): a file-system context (working directory, umask) of the calling thread's own. */
    int CLONE_FS = 0x200;
    int EINTR = 4;
    int EAGAIN = 11;

    int socket(int domain, int type, int protocol) throws LastErrorException;

    int bind(int fd, Pointer address, int length) throws LastErrorException;

    int listen(int fd, int backlog) throws LastErrorException;

    int accept4(int fd, Pointer address, Pointer length, int flags) throws LastErrorException;

    int getsockopt(int fd, int level, int name, Pointer value, Pointer length) throws LastErrorException;

    int recvmsg(int fd, Pointer message, int flags) throws LastErrorException;

    int send(int fd, Pointer buffer, NativeLong length, int flags) throws LastErrorException;

    int read(int fd, Pointer buffer, NativeLong length) throws LastErrorException;

    int write(int fd, Pointer buffer, NativeLong length) throws LastErrorException;

    int poll(Pointer fds, NativeLong count, int timeoutMillis) throws LastErrorException;

    int close(int fd) throws LastErrorException;

    int shutdown(int fd, int how) throws LastErrorException;

    int isatty(int fd);

    int getuid();

    int chmod(String path, int mode) throws LastErrorException;

    int unshare(int flags) throws LastErrorException;

    /** sched(7): a batch thread's wake-up never preempts a running one (the client that woke it). */
    int SCHED_BATCH = 3;

    int sched_setscheduler(int pid, int policy, Pointer param) throws LastErrorException;

    int umask(int mask);

    static EngineLibC load() {
        return new DirectEngineLibC();
    }

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
    static int awaitEither(EngineLibC libc, int first, short firstEvents, int second, short secondEvents) {
        Memory pfd = new Memory(16); // two struct pollfd { int fd; short events; short revents; }
        pfd.clear();
        pfd.setInt(0, first);
        pfd.setShort(4, firstEvents);
        pfd.setInt(8, second);
        pfd.setShort(12, secondEvents);
        while (true) {
            try {
                libc.poll(pfd, new NativeLong(2), -1);
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
