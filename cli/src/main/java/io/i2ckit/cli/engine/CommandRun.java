// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import io.i2ckit.cli.Main;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.TypedPaths;
import io.i2ckit.cli.tools.Launcher;
import io.i2ckit.cli.tools.Tool;
import io.i2ckit.core.BusEnvironment;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One command in the engine, as a cold run would do it: on the client's own descriptors, in its
 * directory, with its environment; cancelled when the client says so (Ctrl-C) or goes away. A
 * cancel interrupts the command's thread and wakes a read of its standard input, so a command
 * waiting on a pipe or a prompt stops too; its bus locks are released as it unwinds, and the
 * client gets 130 as from a JVM that SIGINT ended.
 *
 * <p>The watcher starts only once the command has run for {@link #WATCH_AFTER}: most commands
 * end before that, and then no other thread wakes for them (on a one-CPU board each wake-up is
 * a trip through the scheduler); a Ctrl-C in that first moment takes effect when it starts.
 */
final class CommandRun {
    /** What a shell reports for a command that SIGINT ended. */
    static final int CANCELLED = 130;
    static final Duration WATCH_AFTER = Duration.ofMillis(20);

    /** Runs a task after a delay (the engine's timer, then its pool); the future cancels it if it has not started. */
    interface Later {
        Future<?> after(Duration delay, Runnable task);
    }

    private final EngineLibC libc;
    private final EngineConnection connection;
    private final EngineRequest request;
    private final int[] fds;
    private final Later watchers;

    /** @param watchers starts the task that watches the client while the command runs (the engine's timer and pool) */
    CommandRun(EngineLibC libc, EngineConnection connection, EngineRequest request, int[] fds, Later watchers) {
        this.libc = libc;
        this.connection = connection;
        this.request = request;
        this.fds = fds;
        this.watchers = watchers;
    }

    /** Runs the command and returns its exit status (130 when it was cancelled). */
    int run() {
        Thread worker = Thread.currentThread();
        int[] done = new int[2]; // written when the command ends: the watcher stops watching
        int[] cancel = new int[2]; // written on a cancel: wakes a read of the command's stdin
        libc.pipe(done);
        libc.pipe(cancel);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<Void> watched = new CompletableFuture<>();
        Future<?> watcher = watchers.after(WATCH_AFTER, () -> {
            try {
                if (connection.cancelled(done[0]) && !finished.get()) {
                    cancelled.set(true);
                    poke(cancel[1]);
                    worker.interrupt(); // the command stops at its next wait
                }
            } finally {
                watched.complete(null);
            }
        });
        try {
            int code = execute(cancel[0]);
            return cancelled.get() ? CANCELLED : code;
        } catch (RuntimeException e) {
            if (cancelled.get()) {
                return CANCELLED;
            }
            throw e;
        } finally {
            finished.set(true);
            try {
                if (!watcher.cancel(false)) { // it started, or is about to: wake it and wait for it
                    poke(done[1]);
                    watched.get(); // before any descriptor closes: the watcher must not poll a number reused later
                }
            } catch (InterruptedException e) {
                // the cancel itself: the watcher has already returned
            } catch (ExecutionException e) {
                // the watcher failed: nothing is left watching
            } finally {
                for (int fd : new int[] {done[0], done[1], cancel[0], cancel[1]}) {
                    EngineConnection.closeQuietly(libc, fd);
                }
                Thread.interrupted(); // an interrupt that came too late must not reach the next request
            }
        }
    }

    private void poke(int fd) {
        Memory one = new Memory(1);
        one.setByte(0, (byte) 1);
        try {
            libc.write(fd, one, new NativeLong(1));
        } catch (RuntimeException e) {
            // the pipe is ours and empty: this cannot block, and a failure only loses a wake-up
        }
    }

    private int execute(int cancelFd) {
        Charset cs = request.charset();
        OutputStream rawOut = FdStreams.output(libc, fds[1]);
        // relative paths are used resolved against the client's directory and shown as it typed them
        TypedPaths typed = new TypedPaths();
        PrintWriter out = new PrintWriter(typed.filter(new OutputStreamWriter(rawOut, cs)), true);
        PrintWriter err = new PrintWriter(typed.filter(new OutputStreamWriter(FdStreams.output(libc, fds[2]), cs)), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(FdStreams.input(libc, fds[0], cancelFd), cs));
        boolean stdinTty = libc.isatty(fds[0]) == 1;
        boolean stdoutTty = libc.isatty(fds[1]) == 1;
        Session session = new Session(out, err, in, request.env(), BusEnvironment.fromEnv(request.env()),
                stdinTty && stdoutTty);
        session.setWorkingDirectory(Path.of(request.workingDirectory()));
        session.setTypedPaths(typed);
        session.setBinaryOut(rawOut, stdoutTty);
        String[] args = request.args().toArray(String[]::new);
        int code;
        if (Tool.named(request.program()).isPresent()) {
            session.setLoadsModules(false);
            String[] all = new String[args.length + 1];
            all[0] = request.program();
            System.arraycopy(args, 0, all, 1, args.length);
            code = Launcher.run(session, all);
        } else {
            code = Main.run(session, args);
        }
        out.flush();
        err.flush();
        return code;
    }
}
