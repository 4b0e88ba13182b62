// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import io.i2ckit.core.BusEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The resident engine: one per user and jar, listening on a Unix socket only its user can reach
 * (a 0700 folder, a 0600 socket, and every caller's uid checked with SO_PEERCRED). Each request
 * runs in a thread of its own as a cold run would: on the client's own descriptors, in its
 * directory, with its environment. It stops after {@code idle} without requests, when its jar
 * changes (an upgrade), or when asked ({@code i2ckit engine stop}).
 */
public final class EngineServer {
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final Duration RECHECK = Duration.ofSeconds(1);
    private static volatile EngineServer current;

    private final Path socket;
    private final Duration idle;
    private final Path jar;
    private final FileTime jarTime;
    private final Function<Map<String, String>, BusEnvironment> buses;
    private final Path jvm = Path.of(System.getProperty("java.home"), "lib", "modules");
    private final FileTime jvmTime = timeOf(jvm);
    private final Instant started = Instant.now();
    private final AtomicLong lastRequest = new AtomicLong(System.nanoTime());
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final RecentTimes times = new RecentTimes(200);
    private final RequestThreads threads = new RequestThreads();
    private final AtomicLong lastCheck = new AtomicLong(System.nanoTime());
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "engine-request");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;
    private long collectedAfter;

    EngineServer(Path socket, Duration idle, Path jar) throws IOException {
        this(socket, idle, jar, BusEnvironment::fromEnv);
    }

    /** @param buses where a request's buses live, from its environment (fixture trees in tests) */
    EngineServer(Path socket, Duration idle, Path jar, Function<Map<String, String>, BusEnvironment> buses)
            throws IOException {
        this.socket = socket;
        this.idle = idle;
        this.jar = jar;
        this.jarTime = jar == null ? null : Files.getLastModifiedTime(jar);
        this.buses = buses;
    }

    /** The engine this JVM runs, or null when it runs one cold command. */
    public static EngineServer current() {
        return current;
    }

    /** The jar this class came from, or null when run from class folders (tests). */
    static Path ownJar() {
        try {
            Path p = Path.of(EngineServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Listens until idle, stopped or outdated; the socket appears only once it accepts. */
    public void serve() throws IOException {
        current = this;
        threads.makeBatch();
        int listener = EngineLibC.socket(EngineLibC.AF_UNIX, EngineLibC.SOCK_STREAM | EngineLibC.SOCK_CLOEXEC, 0);
        Path pending = socket.resolveSibling(socket.getFileName() + "." + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(pending);
            Memory address = EngineLibC.unixAddress(pending.toString());
            EngineLibC.bind(listener, address, (int) address.size());
            EngineLibC.chmod(pending.toString(), 0600);
            EngineLibC.listen(listener, 16);
            // the name appears whole or not at all: a client never finds an engine still starting
            Files.move(pending, socket, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Object ours = Files.readAttributes(socket, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            try {
                acceptUntilDone(listener);
            } finally {
                // remove the name only if it is still this engine's (a newer one may have taken it)
                if (Files.exists(socket) && ours.equals(Files.readAttributes(socket,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey())) {
                    Files.deleteIfExists(socket);
                }
            }
        } catch (LastErrorException e) {
            throw new IOException("the engine cannot listen on " + socket + " (errno " + e.getErrorCode() + ")", e);
        } finally {
            EngineConnection.closeQuietly(listener);
            Files.deleteIfExists(pending);
            pool.shutdown();
            current = null;
        }
    }

    /**
     * Accepts clients, and watches each connection whose command runs for its client hanging up
     * (POLLRDHUP), all in this thread's one poll(2): a command wakes no other thread to watch it.
     * A hang-up cancels a running command; after a finished one, it is the client leaving, and
     * the connection is closed here.
     */
    private void acceptUntilDone(int listener) {
        List<InFlight> watched = new ArrayList<>();
        Memory pfd = new Memory(8 * 16); // struct pollfd { int fd; short events; short revents; } each
        try {
            while (!stopping) {
                int n = 1 + watched.size();
                if (pfd.size() < 8L * n) {
                    pfd = new Memory(16L * n);
                }
                for (int i = 0; i < n; i++) {
                    pfd.setInt(8L * i, i == 0 ? listener : watched.get(i - 1).fd());
                    pfd.setShort(8L * i + 4, i == 0 ? EngineLibC.POLLIN : EngineLibC.POLLRDHUP);
                    pfd.setShort(8L * i + 6, (short) 0);
                }
                int ready;
                try {
                    ready = EngineLibC.poll(pfd, new NativeLong(n), 500);
                } catch (LastErrorException e) {
                    continue;
                }
                if (ready <= 0) {
                    if (running.get() == 0 && System.nanoTime() - lastRequest.get() > idle.toNanos()) {
                        return; // idle: give the board its memory back
                    }
                    if (running.get() == 0 && outdated()) {
                        return; // a package upgrade or removal replaced the jar or the JVM: nothing to keep warm
                    }
                    collectOnceIdle();
                    continue;
                }
                for (int i = n - 1; i >= 1; i--) {
                    if (pfd.getShort(8L * i + 6) != 0) {
                        InFlight hungUp = watched.remove(i - 1);
                        if (!hungUp.hungUp()) {
                            EngineConnection.closeQuietly(hungUp.fd());
                        }
                    }
                }
                if (pfd.getShort(6) != 0) {
                    accept(listener).ifPresent(watched::add);
                }
            }
        } finally {
            for (InFlight left : watched) {
                if (left.closableByWatcher()) {
                    EngineConnection.closeQuietly(left.fd());
                }
            }
        }
    }

    /** Accepts one client and hands its request to the pool. */
    private Optional<InFlight> accept(int listener) {
        int conn;
        try {
            conn = EngineLibC.accept4(listener, null, null, EngineLibC.SOCK_CLOEXEC);
        } catch (LastErrorException e) {
            return Optional.empty();
        }
        InFlight connection = new InFlight(conn);
        long accepted = System.nanoTime();
        lastRequest.set(accepted);
        running.incrementAndGet();
        pool.execute(() -> {
            try {
                handle(connection, accepted);
            } finally {
                running.decrementAndGet();
                lastRequest.set(System.nanoTime());
            }
        });
        return Optional.of(connection);
    }

    /**
     * After {@link #SETTLE} without a command, one full collection, so the heap shrinks to what
     * it holds (the launchers bound it and ask for free memory back: MaxHeapFreeRatio) while the
     * engine waits, perhaps for minutes, on a board with little memory.
     */
    private void collectOnceIdle() {
        long last = lastRequest.get();
        if (running.get() == 0 && last != collectedAfter && System.nanoTime() - last > SETTLE.toNanos()) {
            collectedAfter = last;
            System.gc();
        }
    }

    /** True when the jar or the JVM this engine runs is no longer the one on disk (two stats). */
    private boolean outdated() {
        return jar != null && !jarTime.equals(timeOf(jar)) || jvmTime != null && !jvmTime.equals(timeOf(jvm));
    }

    /**
     * {@link #outdated()}, asked at most once a {@link #RECHECK} while requests keep coming (a
     * script's loop): an upgrade is noticed within that time, and the commands between pay nothing.
     */
    private boolean outdatedLately() {
        long now = System.nanoTime();
        long last = lastCheck.get();
        if (now - last < RECHECK.toNanos() || !lastCheck.compareAndSet(last, now)) {
            return false;
        }
        return outdated();
    }

    private static FileTime timeOf(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return null;
        }
    }

    private void handle(InFlight connection, long accepted) {
        EngineConnection c = new EngineConnection(connection.fd());
        int[] fds = new int[0];
        try {
            if (!connection.attach(Thread.currentThread())) {
                return; // the client left before it asked
            }
            if (c.peerUid() != EngineLibC.getuid()) {
                c.refuse(); // another user: not a word
                return;
            }
            fds = c.receiveDescriptors();
            EngineRequest request = c.receiveRequest();
            if (fds.length != EngineConnection.MAX_FDS) {
                c.sendRunCold();
                return;
            }
            if (outdatedLately()) {
                c.sendRunCold(); // the jar was replaced: this engine runs old code
                stopping = true;
                return;
            }
            if (!threads.adoptUmask(request.umask())) {
                c.sendRunCold(); // files it creates would get the engine's umask, not the caller's
                return;
            }
            served.incrementAndGet();
            c.sendAccepted();
            c.sendExit(new CommandRun(connection, request, fds, buses.apply(request.env())).run());
            times.add(System.nanoTime() - accepted);
        } catch (IOException | RuntimeException e) {
            c.sendRunCold();
        } finally {
            for (int fd : fds) {
                EngineConnection.closeQuietly(fd);
            }
            if (!connection.finished()) {
                c.close(); // cancelled: the watcher has let it go
            }
        }
    }

    /** {@code i2ckit engine stop}: no new requests; the engine ends once this one is answered. */
    public void stop() {
        stopping = true;
    }

    /** What {@code i2ckit engine status} says, asked from outside any command (a test). */
    String status() {
        return status(0);
    }

    /** What {@code i2ckit engine status} says, the {@code asking} commands not counted as running. */
    public String status(int asking) {
        Runtime rt = Runtime.getRuntime();
        long rss = residentKilobytes();
        String recent = times.size() == 0 ? "" : String.format(Locale.ROOT,
                "  its last %d commands took a median of %.2f ms each in the engine (accept to exit status)%n",
                times.size(), times.medianMillis());
        return String.format("The engine runs (pid %d) since %s, on %s%n  served %d commands, %d running now;"
                        + " resident memory %s, heap %d of %d MB used; stops after %d s without a command%n%s",
                ProcessHandle.current().pid(), started, socket, served.get(), Math.max(0, running.get() - asking),
                rss < 0 ? "unknown" : rss / 1024 + " MB", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.totalMemory() >> 20, idle.toSeconds(), recent);
    }

    private static long residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
