// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

/** A failure a command reports as one {@code Error: ...} line with its own exit code. */
public final class CliException extends RuntimeException {
    private final int exitCode;

    private CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The user asked for something impossible: exit 2. */
    public static CliException usage(String message) {
        return new CliException(message, ExitCode.USAGE);
    }

    /** The device, bus or a file failed: exit 1. */
    public static CliException device(String message) {
        return new CliException(message, ExitCode.DEVICE);
    }

    public int exitCode() {
        return exitCode;
    }
}
