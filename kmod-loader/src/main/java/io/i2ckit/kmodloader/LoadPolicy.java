// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.time.Duration;

/**
 * How {@link ModuleLoader#ensureLoaded} goes about it.
 *
 * @param dryRun plan and report, change nothing
 * @param runCommands run modprobe.d install and remove commands (never run unless asked)
 * @param settle how long to wait for a module another process is loading or removing
 */
public record LoadPolicy(boolean dryRun, boolean runCommands, Duration settle) {
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(5);

    public static LoadPolicy defaults() {
        return new LoadPolicy(false, false, DEFAULT_SETTLE);
    }

    public LoadPolicy withDryRun(boolean value) {
        return new LoadPolicy(value, runCommands, settle);
    }

    public LoadPolicy withRunCommands(boolean value) {
        return new LoadPolicy(dryRun, value, settle);
    }

    public LoadPolicy withSettle(Duration value) {
        return new LoadPolicy(dryRun, runCommands, value);
    }
}
