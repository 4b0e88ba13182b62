// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import io.i2ckit.core.BusLock;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cTimeoutException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The lock of one bus: a reentrant lock for the threads of this process, and a POSIX lock on a
 * lock file for other processes. The file lock is taken when a thread's outermost hold begins
 * and released when it ends, so a multi-step operation keeps other programs out throughout.
 *
 * <p>Every bus object of this process on the same lock file shares one thread lock and one open
 * file: the kernel drops all of a process's POSIX locks on a file when any of its descriptors of
 * that file closes, so a second descriptor (a second bus object, another request in a resident
 * engine) closing would free the bus under the first. The file stays open between commands, so
 * a hold costs one fcntl to take and one to release, nothing written; whoever gives up waiting
 * names the holder from the kernel's own table of locks, /proc/locks.
 */
public final class BusLocks implements AutoCloseable {
    private static final long RETRY_NANOS = 2_000_000;
    private static final Path PROC_LOCKS = Path.of("/proc/locks");
    /** Lock files kept open while no bus uses them, at most (a long test run sees many folders). */
    private static final int KEPT_IDLE = 32;
    private static final Map<Path, Shared> FILES = new LinkedHashMap<>();
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    private final String busName;
    private final Path file;
    private final Duration timeout;
    private final Shared shared;
    private boolean closed;

    /** What the bus objects of one lock file share in this process. */
    private static final class Shared {
        final ReentrantLock local = new ReentrantLock();
        int users;
        FileChannel channel;
        FileLock fileLock;
    }

    /**
     * @param file the lock file shared by every process using the bus, or null to lock within
     *             this process only
     * @param timeout how long to wait for another process, or another command of this one, before giving up
     */
    public BusLocks(String busName, Path file, Duration timeout) {
        this.busName = busName;
        this.file = file == null ? null : file.toAbsolutePath().normalize();
        this.timeout = timeout;
        this.shared = this.file == null ? new Shared() : join(this.file);
    }

    private static Shared join(Path file) {
        synchronized (FILES) {
            Shared s = FILES.remove(file); // and put back last: the most recently used are kept longest
            if (s == null) {
                s = new Shared();
            }
            FILES.put(file, s);
            s.users++;
            return s;
        }
    }

    /** The lock file in {@code directory} for a bus with the given identity. */
    public static Path lockFile(Path directory, String busIdentity) {
        return directory.resolve("i2ckit-" + UNSAFE.matcher(busIdentity).replaceAll("_") + ".lock");
    }

    public BusLock acquire() {
        ReentrantLock local = shared.local;
        try {
            if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new I2cTimeoutException("lock bus", busName, I2cException.NO_ADDRESS,
                        "another command of this program holds the bus and did not release it within "
                                + timeout.toSeconds() + " s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
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
        return shared.local.isHeldByCurrentThread();
    }

    private I2cIoException interrupted() {
        return new I2cIoException("lock bus", busName, I2cException.NO_ADDRESS, Errno.EINTR,
                "interrupted while waiting for the bus lock");
    }

    /** Takes the file lock; the caller holds {@code shared.local} (outermost hold). */
    private void lockFile() {
        try {
            if (shared.channel == null || !shared.channel.isOpen()) {
                shared.channel = openLockFile();
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                shared.fileLock = shared.channel.tryLock();
                if (shared.fileLock != null) {
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
            throw interrupted();
        }
    }

    /**
     * Opens the lock file, creating it (and its folder) the first time, readable and writable by
     * every user of the bus whatever this process's umask. The lock folder may be world-writable
     * (/run/lock): a link planted there is never followed, and only a plain file is used.
     */
    private FileChannel openLockFile() throws IOException {
        FileChannel opened;
        try {
            opened = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException missing) {
            create();
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

    private void create() throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return; // another process created it first
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // non-POSIX file system: the default permissions are all we can have
        }
    }

    /** Who holds the lock file, as the kernel lists it: "1: POSIX  ADVISORY  WRITE PID MAJ:MIN:INODE 0 EOF". */
    private String holder() {
        try {
            long inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
            for (String line : Files.readAllLines(PROC_LOCKS, StandardCharsets.US_ASCII)) {
                String[] w = line.trim().split("\\s+");
                // w: "1:", "POSIX", "ADVISORY", "WRITE", pid, "08:01:1234", ...; waiters have "->" after the number
                if (w.length >= 6 && !w[1].equals("->") && w[5].endsWith(":" + inode) && w[4].matches("\\d{1,10}")) {
                    return "pid " + w[4];
                }
            }
            return "a process this system does not name";
        } catch (IOException | RuntimeException e) {
            return "unknown process";
        }
    }

    private void release() {
        try {
            if (shared.local.getHoldCount() == 1 && shared.fileLock != null) {
                shared.fileLock.release();
                shared.fileLock = null;
            }
        } catch (IOException e) {
            throw new I2cIoException("unlock bus", busName, I2cException.NO_ADDRESS, Errno.EIO,
                    "cannot release lock file " + file + ": " + e.getMessage());
        } finally {
            shared.local.unlock();
        }
    }

    /**
     * This bus object is done with the lock. The file stays open for the next bus of this
     * process (the next command in an engine), unless too many are kept.
     */
    @Override
    public void close() {
        if (file == null) {
            return;
        }
        synchronized (FILES) {
            if (closed) {
                return;
            }
            closed = true;
            shared.users--;
            int idle = 0;
            for (Shared s : FILES.values()) {
                idle += s.users == 0 ? 1 : 0;
            }
            for (Iterator<Shared> it = FILES.values().iterator(); idle > KEPT_IDLE && it.hasNext(); ) {
                Shared s = it.next(); // oldest first
                if (s.users == 0 && s.local.tryLock()) {
                    try {
                        closeQuietly(s);
                        it.remove();
                        idle--;
                    } finally {
                        s.local.unlock();
                    }
                }
            }
        }
    }

    private static void closeQuietly(Shared s) {
        try {
            if (s.channel != null) {
                s.channel.close(); // nobody uses it: no lock of ours is held on it
                s.channel = null;
            }
        } catch (IOException ignored) {
            // closing a lock file cannot lose data
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
