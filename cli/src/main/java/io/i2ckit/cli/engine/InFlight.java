// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

/**
 * One client's connection from accept to close, shared by the thread that accepted it (which
 * watches it for a hang-up) and the thread that runs its command. Exactly one of the two closes
 * it: the watcher when the command finished first (it closes once the client hangs up after its
 * exit status), the command's thread when the watcher cancelled it first (the watcher stops
 * watching then, since the hang-up stays readable). Deciding that and interrupting the command
 * happen under one lock, so an interrupt never reaches the thread once it has moved on.
 */
final class InFlight {
    private enum State { RUNNING, DONE, CANCELLED }

    private final int fd;
    private State state = State.RUNNING;
    private Thread worker;

    InFlight(int fd) {
        this.fd = fd;
    }

    int fd() {
        return fd;
    }

    /** The command's thread takes it: false when the client hung up before (nothing to run). */
    synchronized boolean attach(Thread thread) {
        worker = thread;
        return state == State.RUNNING;
    }

    /** Whether the command finished and the watcher, not its thread, closes the connection. */
    synchronized boolean closableByWatcher() {
        return state == State.DONE;
    }

    /** Whether the client hung up (Ctrl-C, or gone) while the command ran. */
    synchronized boolean cancelled() {
        return state == State.CANCELLED;
    }

    /**
     * The watcher saw the client hang up: true when that cancelled the command (its thread is
     * interrupted and now closes the connection), false when the command had finished (the
     * watcher closes it).
     */
    synchronized boolean hungUp() {
        if (state != State.RUNNING) {
            return false;
        }
        state = State.CANCELLED;
        if (worker != null) {
            worker.interrupt(); // it stops at its next wait; a read of its stdin sees the hang-up itself
        }
        return true;
    }

    /**
     * The command's thread is done with it: true when the watcher closes it, false when the command
     * was cancelled and the caller must close it. Clears an interrupt the cancel left on the thread.
     */
    synchronized boolean finished() {
        Thread.interrupted();
        if (state == State.RUNNING) {
            state = State.DONE;
            return true;
        }
        return false;
    }
}
