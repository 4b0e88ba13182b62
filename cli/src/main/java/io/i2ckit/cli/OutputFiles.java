// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing a file a user named, without clobbering what must not be: a directory is an error; a
 * symbolic link is followed and its target written; a device, FIFO or {@code /dev/stdout} is
 * written in place; only a regular file (or a new one) is replaced, atomically, through a
 * temporary file beside it that a failure removes.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Writes {@code content} to {@code file}.
     *
     * @return whether it went to a stream (a device, FIFO, standard output) rather than a file:
     *         then what the command says about it belongs on stderr, not mixed into the data
     */
    public static boolean write(Path file, byte[] content) {
        refuseDirectory(file);
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a device, FIFO or /dev/stdout (links followed): written in place, never replaced
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                    out.write(content);
                }
                return true;
            }
            Path target = followLinks(file);
            // a new file beside the target, made as any new file is (the umask decides its mode)
            Path tmp = partFile(target);
            try {
                Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target)); // a replacement keeps its mode
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw CliException.device("cannot write " + file + ": " + describe(e));
        }
        return false;
    }

    /**
     * Fails as {@link #write} would, without writing: for a command that must not touch a chip
     * unless its outputs can be written afterwards. A new or regular file is tried by creating
     * and removing a temporary file beside it; a device or FIFO must be writable. Null is fine.
     */
    public static void checkWritable(Path file) {
        if (file == null) {
            return;
        }
        refuseDirectory(file);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            if (!Files.isWritable(file)) {
                throw CliException.device("cannot write " + file + ": permission denied");
            }
            return;
        }
        Path target = followLinks(file);
        Path probe = partFile(target);
        try {
            Files.write(probe, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.delete(probe);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "its folder " + target.toAbsolutePath().getParent()
                    + " does not exist" : describe(e);
            throw CliException.device("cannot write " + file + ": " + why + " (nothing was done)");
        }
    }

    private static void refuseDirectory(Path file) {
        if (Files.isDirectory(file)) {
            throw CliException.usage(file + " is a directory: name a file in it, e.g. " + file.resolve("out.bin"));
        }
    }

    /** A new file's name beside {@code target}, hidden and unique to this process and moment. */
    private static Path partFile(Path target) {
        return target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".part");
    }

    /** Where the chain of symbolic links at {@code file} ends, whether or not that exists yet. */
    private static Path followLinks(Path file) {
        Path at = file;
        try {
            for (int hops = 0; Files.isSymbolicLink(at); hops++) {
                if (hops == 40) {
                    throw CliException.usage(file + ": too many levels of symbolic links");
                }
                Path parent = at.toAbsolutePath().getParent();
                at = parent.resolve(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException e) {
            throw CliException.device("cannot follow the link " + file + ": " + describe(e));
        }
        return at;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return (n.getFile() == null ? "" : n.getFile() + ": ") + "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
