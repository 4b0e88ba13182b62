// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import io.i2ckit.core.BusLock;

import java.nio.file.Path;
import java.time.Duration;

/** A second process for {@link BusLocksTest}: takes a bus lock, says so, holds it, lets go. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        BusLocks locks = new BusLocks("sim", Path.of(args[0]), Duration.ofSeconds(10));
        try (BusLock ignored = locks.acquire()) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
            System.out.println("releasing");
            System.out.flush();
        }
        locks.close();
    }
}
