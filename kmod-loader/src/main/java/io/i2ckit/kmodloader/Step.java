// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.nio.file.Path;

/**
 * One line of a load plan, as {@code modprobe --show-depends} prints it.
 *
 * @param path the module file, for {@link Kind#INSMOD}
 * @param options parameters for the module: configuration, kernel command line, then the user's
 * @param command the install command, for {@link Kind#INSTALL}
 * @param required whether its failure fails the load (softdeps are not required)
 */
public record Step(Kind kind, String module, Path path, String options, String command, boolean required) {
    public enum Kind {
        /** Built into the kernel: nothing to load. */
        BUILTIN,
        /** A module file to insert. */
        INSMOD,
        /** A modprobe.d install command stands in for the module. */
        INSTALL
    }

    /** The line modprobe --show-depends prints for this step (options may leave a trailing space). */
    public String showDepends() {
        return switch (kind) {
            case BUILTIN -> "builtin " + module;
            case INSTALL -> "install " + command + " " + options;
            case INSMOD -> "insmod " + path + " " + options;
        };
    }
}
