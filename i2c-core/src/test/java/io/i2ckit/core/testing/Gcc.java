// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The C compiler for an ABI flag, as the tests that compare layouts with gcc's call it: for
 * {@code -m32} Debian's i686 cross compiler when it is there (it lives beside the ARM cross
 * compilers the packages need, which Debian's gcc-multilib conflicts with), else {@code gcc -m32}.
 */
public final class Gcc {
    /** What to install when the 32-bit compiler is missing. */
    public static final String HINT_32 = "for -m32 install gcc-i686-linux-gnu and libc6-dev-i386-cross"
            + " (or gcc-multilib); the README's test command does";

    private Gcc() {
    }

    /** The command line that starts the compiler for {@code flag} ({@code -m64} or {@code -m32}), then {@code args}. */
    public static List<String> command(String flag, String... args) {
        List<String> cmd = new ArrayList<>();
        if (flag.equals("-m32") && onPath("i686-linux-gnu-gcc")) {
            cmd.add("i686-linux-gnu-gcc");
        } else {
            cmd.add("gcc");
            cmd.add(flag);
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin:/bin" : path).split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
