// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * Streams on a file descriptor a client handed over: write(2) and read(2) on the descriptor
 * itself, never a reopened /proc/self/fd/N (that would truncate a {@code >>} file and lose the
 * offset the client's shell shares). The engine closes each descriptor once, when the command ends.
 */
final class FdStreams {
    private FdStreams() {
    }

    static OutputStream output(int fd) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return;
                }
                Memory m = new Memory(len);
                m.write(0, b, off, len);
                long done = 0;
                while (done < len) {
                    try {
                        done += EngineLibC.write(fd, m.share(done), new NativeLong(len - done));
                    } catch (LastErrorException e) {
                        if (!EngineLibC.transient_(e)) {
                            throw new IOException("write to the client's descriptor " + fd + " failed (errno "
                                    + e.getErrorCode() + ")", e);
                        }
                    }
                }
            }
        };
    }

    /**
     * The client's standard input; a read waits on it and on the client's connection
     * {@code clientFd} together, and ends with an {@link InterruptedIOException} once the client
     * hangs up (the command was cancelled).
     */
    static InputStream input(int fd, int clientFd) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                Memory m = new Memory(len);
                while (true) {
                    try {
                        awaitInput();
                        int n = EngineLibC.read(fd, m, new NativeLong(len));
                        if (n == 0) {
                            return -1;
                        }
                        m.read(0, b, off, n);
                        return n;
                    } catch (LastErrorException e) {
                        if (!EngineLibC.transient_(e)) {
                            throw new IOException("read from the client's descriptor " + fd + " failed (errno "
                                    + e.getErrorCode() + ")", e);
                        }
                    }
                }
            }

            /** Returns when the input has something (or its end); throws when the command was cancelled first. */
            private void awaitInput() throws InterruptedIOException {
                if (EngineLibC.awaitEither(clientFd, EngineLibC.POLLRDHUP, fd, EngineLibC.POLLIN) == 0) {
                    throw new InterruptedIOException("the command was cancelled");
                }
            }
        };
    }
}
