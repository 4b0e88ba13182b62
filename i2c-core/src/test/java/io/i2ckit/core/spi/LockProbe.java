// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Run as a process of its own: prints "held" when another process holds the lock file, else "free". */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = c.tryLock();
            System.out.println(lock == null ? "held" : "free");
        }
    }
}
