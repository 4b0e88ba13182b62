// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The running kernel's module tree under a new root: its index files copied, its module files
 * linked (kmod passes over a dependency whose file is missing), so a test can add a modprobe.d
 * of its own. {@link #close} removes the link, never the kernel's files.
 */
final class TreeCopy implements AutoCloseable {
    private final Path link;

    TreeCopy(Path root, String release) throws IOException {
        Path tree = Files.createDirectories(root.resolve("lib/modules/" + release));
        try (var files = Files.list(Path.of("/lib/modules", release))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("modules.")).toList()) {
                Files.copy(f, tree.resolve(f.getFileName()));
            }
        }
        link = Files.createSymbolicLink(tree.resolve("kernel"), Path.of("/lib/modules", release, "kernel"));
    }

    @Override
    public void close() throws IOException {
        Files.delete(link);
    }
}
