// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

/** Exit statuses of every i2ckit command, as i2c-tools uses them. */
public final class ExitCode {
    public static final int OK = 0;
    /** The device or bus failed: no acknowledge, busy, permission, I/O error, verify mismatch. */
    public static final int DEVICE = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
