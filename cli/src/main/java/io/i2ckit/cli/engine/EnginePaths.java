// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where a user's engine listens, by the rule the native client follows too:
 * {@code $XDG_RUNTIME_DIR/i2ckit/} when that is set, else {@code /tmp/i2ckit-UID/}; the folder is
 * made 0700 and refused unless it belongs to the user with no group or other access. One engine a
 * jar: the socket is {@code engine-KEY.sock}, KEY the FNV-1a hash of the jar's path, so a
 * checkout's engine and the installed one never answer for each other.
 */
final class EnginePaths {
    private EnginePaths() {
    }

    static Path directory(Map<String, String> env, int uid) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path dir = runtime != null && !runtime.isEmpty() ? Path.of(runtime, "i2ckit") : Path.of("/tmp", "i2ckit-" + uid);
        try {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another engine or client made it first: checked below like any other
                }
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            int owner = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
            if (owner != uid || Files.isSymbolicLink(dir) || !mode.equals(PosixFilePermissions.fromString("rwx------"))) {
                throw new IllegalStateException(dir + " is not a private folder of uid " + uid + " (owner " + owner
                        + ", " + PosixFilePermissions.toString(mode) + "): the engine will not listen there");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the engine's folder " + dir, e);
        }
        return dir;
    }

    /** FNV-1a, 32 bits, of the jar's path as bytes: the same sum the client makes. */
    static String key(String jarPath) {
        int h = 0x811c9dc5;
        for (byte b : jarPath.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return String.format("%08x", h);
    }

    static Path socket(Path directory, String jarPath) {
        return directory.resolve("engine-" + key(jarPath) + ".sock");
    }
}
