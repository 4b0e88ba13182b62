// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * What the engine's threads take on beyond a JVM's defaults: the batch scheduling policy, and a
 * request thread's umask, its client's.
 */
final class RequestThreads {
    /** Whether a request thread has its own file-system context (umask): see {@link #adoptUmask}. */
    private final ThreadLocal<Boolean> ownFsContext = ThreadLocal.withInitial(() -> false);
    /** The process's umask, read once before any request thread runs (umask(2) only reads by setting). */
    private final int processUmask;

    RequestThreads() {
        int mask = EngineLibC.umask(022);
        EngineLibC.umask(mask);
        this.processUmask = mask;
    }

    /**
     * Makes the calling thread, and the request threads it starts, batch threads (sched(7)): a
     * client's connect then does not hand the CPU to the engine before the client has sent its
     * request, a round trip through the scheduler per command on a one-CPU board (about 0.7 ms in
     * the x86 guest). Their share of the CPU is unchanged.
     */
    void makeBatch() {
        Memory param = new Memory(4); // struct sched_param { int sched_priority; }: 0
        param.clear();
        try {
            EngineLibC.sched_setscheduler(0, EngineLibC.SCHED_BATCH, param);
        } catch (LastErrorException e) {
            // stays as it was
        }
    }

    /**
     * Gives the calling thread (which runs the request) the client's umask, so the files a
     * command creates get the modes a cold run would give them. The umask belongs to a process's
     * file-system context, which a thread can take a copy of its own of (unshare CLONE_FS) once;
     * false when that is refused here and the masks differ.
     */
    boolean adoptUmask(int mask) {
        if (!ownFsContext.get()) {
            try {
                EngineLibC.unshare(EngineLibC.CLONE_FS);
                ownFsContext.set(true);
            } catch (LastErrorException refused) {
                return processUmask == mask; // the whole engine's: never set from a request
            }
        }
        EngineLibC.umask(mask);
        return true;
    }
}
