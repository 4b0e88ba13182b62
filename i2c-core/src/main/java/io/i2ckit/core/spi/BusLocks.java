// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import io.i2ckit.core.BusLock;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cTimeoutException;
import io.i2ckit.core.Errno;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of one bus: a reentrant lock for the threads of this process, and a POSIX lock on a
 * lock file for other processes. The file lock is taken when a thread's outermost hold begins
 * and released when it ends, so a multi-step operation keeps other programs out throughout.
 * The holder's pid is written into the file for the message of whoever waits, and cleared
 * before the lock is released, so the file never names a process that has gone.
 */
public final class BusLocks implements AutoCloseable {
    private static final long RETRY_NANOS = 2_000_000;
    private static volatile String pid;

    private final String busName;
    private final Path file;
    private final Duration timeout;
    private final ReentrantLock local = new ReentrantLock();
    private FileChannel channel;
    private FileLock fileLock;

    /**
     * @param file the lock file shared by every process using the bus, or null to lock within
     *             this process only
     * @param timeout how long to wait for another process before giving up
     */
    public BusLocks(String busName, Path file, Duration timeout) {
        this.busName = busName;
        this.file = file;
        this.timeout = timeout;
    }

    /** The lock file in {@code directory} for a bus with the given identity. */
    public static Path lockFile(Path directory, String busIdentity) {
        return directory.resolve("i2ckit-" + busIdentity.replaceAll("[^A-Za-z0-9._-]+", "_") + ".lock");
    }

    public BusLock acquire() {
        local.lock();
        try {
            if (local.getHoldCount() == 1 && file != null) {
                lockFile();
            }
        } catch (RuntimeException e) {
            local.unlock();
            throw e;
        }
        return new Hold();
    }

    public boolean isHeldByCurrentThread() {
        return local.isHeldByCurrentThread();
    }

    private void lockFile() {
        try {
            if (channel == null) {
                channel = openLockFile();
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                try {
                    fileLock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    fileLock = null; // another bus object of this JVM holds it: wait as for a process
                }
                if (fileLock != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap((pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                    return;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new I2cTimeoutException("lock bus", busName, I2cException.NO_ADDRESS,
                            "another program holds the bus (" + holder() + ") and did not release it within "
                                    + timeout.toSeconds() + " s; lock file " + file, null);
                }
                Thread.sleep(RETRY_NANOS / 1_000_000);
            }
        } catch (IOException e) {
            throw new I2cIoException("lock bus", busName, I2cException.NO_ADDRESS, Errno.EIO,
                    "cannot use lock file " + file + ": " + e.getMessage()
                            + "; set I2CKIT_LOCK_DIR to a directory every user of the bus can write");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new I2cIoException("lock bus", busName, I2cException.NO_ADDRESS, Errno.EINTR,
                    "interrupted while waiting for the bus lock");
        }
    }

    /**
     * This process's id, read once (a resident engine locks the bus for every transaction of
     * every command): from /proc/self where there is one, since ProcessHandle starts a thread pool
     * on first use, which a short command feels.
     */
    private static String pid() {
        String p = pid;
        if (p == null) {
            try {
                p = Files.readSymbolicLink(Path.of("/proc/self")).toString();
            } catch (IOException | UnsupportedOperationException e) {
                p = Long.toString(ProcessHandle.current().pid());
            }
            pid = p;
        }
        return p;
    }

    private FileChannel openLockFile() throws IOException {
        Files.createDirectories(file.getParent());
        boolean created = false;
        if (!Files.exists(file)) {
            try {
                Files.createFile(file);
                created = true;
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process created it first
            }
        }
        if (created) {
            // Let every user of the bus take the lock, whatever this process's umask.
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
            } catch (UnsupportedOperationException | IOException ignored) {
                // non-POSIX file system: the default permissions are all we can have
            }
        }
        // the lock directory may be world-writable (/run/lock): never follow a link planted there,
        // and never truncate anything but a plain file of our own kind
        FileChannel opened;
        try {
            opened = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw new IOException("it is a symbolic link, which a lock file never is; remove it", e);
            }
            throw e;
        }
        if (!Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
            opened.close();
            throw new IOException("it is not a regular file; remove it");
        }
        return opened;
    }

    private String holder() {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (pid.matches("\\d{1,10}") && ProcessHandle.of(Long.parseLong(pid)).isPresent()) {
                return "pid " + pid;
            }
            return "a process that did not say which";
        } catch (IOException e) {
            return "unknown process";
        }
    }

    private void release() {
        try {
            if (local.getHoldCount() == 1 && fileLock != null) {
                channel.truncate(0); // the file names its holder only while it holds the lock
                fileLock.release();
                fileLock = null;
            }
        } catch (IOException e) {
            throw new I2cIoException("unlock bus", busName, I2cException.NO_ADDRESS, Errno.EIO,
                    "cannot release lock file " + file + ": " + e.getMessage());
        } finally {
            local.unlock();
        }
    }

    @Override
    public void close() {
        local.lock();
        try {
            if (channel != null) {
                channel.close(); // also drops a file lock still held
                channel = null;
                fileLock = null;
            }
        } catch (IOException ignored) {
            // closing a lock file cannot lose data
        } finally {
            local.unlock();
        }
    }

    private final class Hold implements BusLock {
        private boolean released;

        @Override
        public void close() {
            if (!released) {
                released = true;
                release();
            }
        }
    }
}
