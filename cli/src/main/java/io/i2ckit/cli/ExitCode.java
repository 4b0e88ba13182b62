// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

/**
 * Exit statuses of every i2ckit command, the drop-ins and the shell, as i2c-tools uses them,
 * and one for i2ckit's own defects.
 */
public final class ExitCode {
    public static final int OK = 0;
    /**
     * The device, the bus or a file failed: no acknowledge, busy, permission, I/O error, verify
     * mismatch, a broken state or configuration file.
     */
    public static final int DEVICE = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A defect of i2ckit itself (sysexits' EX_SOFTWARE): the error asks for --stacktrace and a report. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
