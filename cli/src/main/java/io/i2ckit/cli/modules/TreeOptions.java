// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.Session;
import io.i2ckit.kmodloader.ModuleLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Which module tree to resolve from: the running kernel's, or another, as modprobe's -d and -S choose. */
final class TreeOptions {
    @Option(names = {"-d", "--root"}, paramLabel = "DIR",
            description = "Resolve from DIR/lib/modules/RELEASE and DIR's modprobe.d instead of the system's "
                    + "(modules still go into the running kernel).")
    Path root;

    @Option(names = {"-S", "--kernel"}, paramLabel = "RELEASE",
            description = "The kernel release whose tree to use (default: the running kernel's).")
    String release;

    ModuleLoader loader(Session session) {
        ModuleLoader loader = session.modules();
        if (root != null || release != null) {
            loader.withTree(root != null ? root : session.systemRoot(), release);
        }
        return loader;
    }
}
