// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

/**
 * What the loader did, or in a dry run would do, for one module.
 *
 * @param detail how (the path and parameters, the system call used, a command) or why not
 */
public record Outcome(String module, Action action, String detail) {
    public enum Action {
        /** Built into the kernel: nothing to do. */
        BUILTIN("builtin"),
        /** Live in the kernel already. */
        LOADED("already loaded"),
        INSERTED("inserted"),
        WOULD_INSERT("would insert"),
        /** A modprobe.d install or remove command ran in its place. */
        RAN_COMMAND("ran command"),
        WOULD_RUN_COMMAND("would run command"),
        REMOVED("removed"),
        WOULD_REMOVE("would remove"),
        /** Left out, without failing the load: a softdep that failed, a blacklisted alias. */
        SKIPPED("skipped");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        /** The action as a person reads it: "already loaded". */
        public String words() {
            return words;
        }
    }

    /** Whether the kernel changed (or in a dry run, would change). */
    public boolean changes() {
        return action == Action.INSERTED || action == Action.WOULD_INSERT || action == Action.RAN_COMMAND
                || action == Action.WOULD_RUN_COMMAND || action == Action.REMOVED
                || action == Action.WOULD_REMOVE;
    }
}
