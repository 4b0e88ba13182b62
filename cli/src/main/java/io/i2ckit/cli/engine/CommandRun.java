// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import io.i2ckit.cli.Main;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.TypedPaths;
import io.i2ckit.cli.tools.Launcher;
import io.i2ckit.cli.tools.Tool;
import io.i2ckit.core.BusEnvironment;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * One command in the engine, as a cold run would do it: on the client's own descriptors, in its
 * directory, with its environment; cancelled when the client hangs up (its Ctrl-C shuts its side
 * of the connection down; a killed client closes it). The engine's accepting thread watches for
 * that and interrupts the command's thread, so it stops at its next wait; a read of its standard
 * input watches the connection too. Its bus locks are released as it unwinds, its standard output
 * and error fall silent (a JVM that SIGINT ended says nothing either), and the client gets 130.
 */
final class CommandRun {
    /** What a shell reports for a command that SIGINT ended. */
    static final int CANCELLED = 130;

    private final InFlight connection;
    private final EngineRequest request;
    private final int[] fds;
    private final BusEnvironment buses;
    /** A read of standard input saw the client hang up: set before the command can print about it. */
    private volatile boolean hangUpRead;

    CommandRun(InFlight connection, EngineRequest request, int[] fds, BusEnvironment buses) {
        this.connection = connection;
        this.request = request;
        this.fds = fds;
        this.buses = buses;
    }

    /** Runs the command and returns its exit status (130 when it was cancelled). */
    int run() {
        try {
            int code = execute(connection.fd());
            return cancelled() ? CANCELLED : code;
        } catch (RuntimeException e) {
            if (cancelled()) {
                return CANCELLED;
            }
            throw e;
        }
    }

    /**
     * Whether the client hung up while the command ran: the watcher said so, or it has not got to
     * it yet (a read of stdin sees the hang-up at once, and its command may end before the
     * watcher's next poll on a busy machine: still a cancel, not the command's own failure).
     */
    private boolean cancelled() {
        return silenced() || EngineLibC.hungUp(connection.fd());
    }

    private int execute(int clientFd) {
        Charset cs = request.charset();
        OutputStream rawOut = new UntilCancelled(FdStreams.output(fds[1]));
        // relative paths are used resolved against the client's directory and shown as it typed them
        TypedPaths typed = new TypedPaths();
        PrintWriter out = new PrintWriter(typed.filter(new OutputStreamWriter(rawOut, cs)), true);
        PrintWriter err = new PrintWriter(typed.filter(new OutputStreamWriter(new UntilCancelled(FdStreams.output(fds[2])), cs)), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(new NoticingHangUp(FdStreams.input(fds[0], clientFd)), cs));
        boolean stdinTty = EngineLibC.isatty(fds[0]) == 1;
        boolean stdoutTty = EngineLibC.isatty(fds[1]) == 1;
        Session session = new Session(out, err, in, request.env(), buses,
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

    /** Whether what the command writes now is for nobody: its client cancelled it. */
    private boolean silenced() {
        return hangUpRead || connection.cancelled();
    }

    /** A standard stream of the client's that drops what is written once the command is cancelled. */
    private final class UntilCancelled extends FilterOutputStream {
        UntilCancelled(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (!silenced()) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!silenced()) {
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!silenced()) {
                out.flush();
            }
        }
    }

    /** The client's standard input, noting when a read ends because the client hung up. */
    private final class NoticingHangUp extends FilterInputStream {
        NoticingHangUp(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (InterruptedIOException e) {
                hangUpRead = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (InterruptedIOException e) {
                hangUpRead = true;
                throw e;
            }
        }
    }
}
