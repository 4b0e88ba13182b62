// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * A file i2ckit keeps (the simulator's board.conf, a profile) that cannot be read as it must be:
 * the message names the file and the line, and what to do. Not a usage error: the command line
 * was right, the file is wrong.
 */
public class ConfigFileException extends RuntimeException {
    public ConfigFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
