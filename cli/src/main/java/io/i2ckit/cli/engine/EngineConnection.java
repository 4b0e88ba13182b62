// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

import java.io.IOException;

/**
 * One accepted client: its uid (SO_PEERCRED), the descriptors it sends (SCM_RIGHTS, in one
 * recvmsg with close-on-exec), the request that follows, and the frames the engine answers with:
 * {@code A} once it takes the command (before that, a client that loses the engine may safely run
 * the command cold: nothing ran), then {@code X} and a 4-byte big-endian exit status; or {@code R}
 * for "run it cold" (an engine whose jar changed). While a command runs, the client's hanging up
 * (shutting its side down on Ctrl-C, or closing it) cancels it.
 */
final class EngineConnection {
    /** The most descriptors a client sends: stdin, stdout, stderr. */
    static final int MAX_FDS = 3;
    private static final int P = Native.POINTER_SIZE;
    private static final int S = Native.SIZE_T_SIZE;

    private static final int SCRATCH_SIZE = 16 << 10;
    /**
     * Native memory for one connection's small structures and its request, kept by each request
     * thread (JNA's Memory is a malloc and a cleaner registration each, which added up to a tenth
     * of a short command's time in the engine). Only the thread that runs the connection uses it.
     */
    private static final ThreadLocal<Memory> SCRATCH = ThreadLocal.withInitial(() -> new Memory(SCRATCH_SIZE));

    private final int fd;
    private final Memory scratch = SCRATCH.get();

    EngineConnection(int fd) {
        this.fd = fd;
    }

    int peerUid() {
        Pointer cred = scratch.share(0, 12); // struct ucred { pid_t pid; uid_t uid; gid_t gid; }
        Pointer len = scratch.share(16, 4);
        len.setInt(0, 12);
        EngineLibC.getsockopt(fd, EngineLibC.SOL_SOCKET, EngineLibC.SO_PEERCRED, cred, len);
        return cred.getInt(4);
    }

    private static int align(int n, int to) {
        return (n + to - 1) / to * to;
    }

    /** The descriptors of the first message, in the order sent; fails when the kernel cut any off. */
    int[] receiveDescriptors() throws IOException {
        int cmsgHeader = align(S + 8, S);
        int controlLength = align(cmsgHeader + 4 * MAX_FDS, S);
        // laid out in the scratch memory: control, the data byte, the iovec, the msghdr (each 8-aligned)
        Pointer control = scratch.share(0, controlLength);
        control.clear(controlLength);
        int dataAt = align(controlLength, 8);
        Pointer data = scratch.share(dataAt, 1);
        int iovStart = dataAt + 8;
        Pointer iov = scratch.share(iovStart, P + S);
        iov.setPointer(0, data);
        setSize(iov, P, 1);
        // struct msghdr: name, namelen, iov, iovlen, control, controllen, flags (LP64 or ILP32)
        int iovAt = align(P + 4, P);
        int iovLenAt = iovAt + P;
        int controlAt = iovLenAt + S;
        int controlLenAt = controlAt + P;
        int flagsAt = controlLenAt + S;
        int msgSize = align(flagsAt + 4, P);
        Pointer msg = scratch.share(iovStart + align(P + S, 8), msgSize);
        msg.clear(msgSize);
        msg.setPointer(iovAt, iov);
        setSize(msg, iovLenAt, 1);
        msg.setPointer(controlAt, control);
        setSize(msg, controlLenAt, controlLength);
        long n = EngineLibC.recvmsg(fd, msg, EngineLibC.MSG_CMSG_CLOEXEC);
        if (n <= 0) {
            throw new IOException("the client hung up before its descriptors");
        }
        if ((msg.getInt(flagsAt) & EngineLibC.MSG_CTRUNC) != 0) {
            throw new IOException("the client's descriptors were cut off (MSG_CTRUNC)");
        }
        long cmsgLen = S == 8 ? control.getLong(0) : control.getInt(0) & 0xffffffffL;
        if (cmsgLen < cmsgHeader || control.getInt(S) != EngineLibC.SOL_SOCKET
                || control.getInt(S + 4) != EngineLibC.SCM_RIGHTS) {
            throw new IOException("the client sent no descriptors");
        }
        int count = (int) ((cmsgLen - cmsgHeader) / 4);
        int[] fds = new int[count];
        for (int i = 0; i < count; i++) {
            fds[i] = control.getInt(cmsgHeader + 4L * i);
        }
        return fds;
    }

    private static void setSize(Pointer m, int offset, long value) {
        if (S == 8) {
            m.setLong(offset, value);
        } else {
            m.setInt(offset, (int) value);
        }
    }

    /** The request after the descriptors: its length, then its body. */
    EngineRequest receiveRequest() throws IOException {
        byte[] length = readFully(4);
        int n = ((length[0] & 0xff) << 24) | ((length[1] & 0xff) << 16) | ((length[2] & 0xff) << 8) | (length[3] & 0xff);
        if (n < 0 || n > 4 << 20) {
            throw new IOException("a request of " + n + " bytes");
        }
        return EngineRequest.parse(readFully(n));
    }

    private byte[] readFully(int n) throws IOException {
        byte[] out = new byte[n];
        Pointer m = n <= SCRATCH_SIZE ? scratch : new Memory(Math.max(1, n));
        int done = 0;
        while (done < n) {
            int got;
            try {
                got = EngineLibC.read(fd, m.share(done), new NativeLong(n - done));
            } catch (LastErrorException e) {
                if (EngineLibC.transient_(e)) {
                    continue;
                }
                throw new IOException("reading the request failed (errno " + e.getErrorCode() + ")", e);
            }
            if (got == 0) {
                throw new IOException("the client hung up in the middle of its request");
            }
            done += got;
        }
        m.read(0, out, 0, n);
        return out;
    }

    /** Tells a client it gets no answer: it sees the connection end. */
    void refuse() {
        try {
            EngineLibC.shutdown(fd, EngineLibC.SHUT_RDWR);
        } catch (LastErrorException e) {
            // it went away already
        }
    }

    void sendExit(int status) {
        Pointer m = scratch;
        m.setByte(0, (byte) 'X');
        m.setByte(1, (byte) (status >>> 24));
        m.setByte(2, (byte) (status >>> 16));
        m.setByte(3, (byte) (status >>> 8));
        m.setByte(4, (byte) status);
        send(m, 5);
    }

    void sendAccepted() {
        Pointer m = scratch;
        m.setByte(0, (byte) 'A');
        send(m, 1);
    }

    void sendRunCold() {
        Pointer m = scratch;
        m.setByte(0, (byte) 'R');
        send(m, 1);
    }

    private void send(Pointer p, int n) {
        try {
            EngineLibC.send(fd, p, new NativeLong(n), EngineLibC.MSG_NOSIGNAL); // a client gone is no signal here
        } catch (LastErrorException e) {
            // the client went away: nobody to tell
        }
    }

    void close() {
        closeQuietly(fd);
    }

    static void closeQuietly(int fd) {
        try {
            EngineLibC.close(fd);
        } catch (LastErrorException e) {
            // already gone
        }
    }
}
