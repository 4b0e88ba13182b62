// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.spi;

import io.i2ckit.core.BusLock;
import io.i2ckit.core.I2cTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusLocksTest {
    @TempDir
    Path dir;

    @Test
    void holdsNestWithinAThread() {
        BusLocks locks = new BusLocks("sim", dir.resolve("bus.lock"), Duration.ofSeconds(1));
        try (BusLock outer = locks.acquire(); BusLock inner = locks.acquire()) {
            assertTrue(locks.isHeldByCurrentThread());
        }
        assertFalse(locks.isHeldByCurrentThread());
    }

    @Test
    void anotherThreadWaitsForTheHold() throws Exception {
        BusLocks locks = new BusLocks("sim", dir.resolve("bus.lock"), Duration.ofSeconds(5));
        CountDownLatch acquired = new CountDownLatch(1);
        AtomicBoolean released = new AtomicBoolean();
        Thread other;
        try (BusLock hold = locks.acquire()) {
            other = new Thread(() -> {
                try (BusLock h = locks.acquire()) {
                    assertTrue(released.get(), "acquired only after the first hold ended");
                    acquired.countDown();
                }
            });
            other.start();
            assertFalse(acquired.await(200, TimeUnit.MILLISECONDS));
            released.set(true);
        }
        assertTrue(acquired.await(5, TimeUnit.SECONDS));
        other.join();
    }

    @Test
    void anotherProcessHoldingTheLockFileKeepsUsOutAndIsNamed() throws Exception {
        Path file = dir.resolve("bus.lock");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString(), "1500").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());

            BusLocks impatient = new BusLocks("sim", file, Duration.ofMillis(100));
            I2cTimeoutException e = assertThrows(I2cTimeoutException.class, impatient::acquire);
            assertTrue(e.getMessage().contains("(pid " + child.pid() + ")"), e.getMessage());
            assertFalse(impatient.isHeldByCurrentThread(), "a failed acquire leaves nothing held");
            impatient.close();

            BusLocks patient = new BusLocks("sim", file, Duration.ofSeconds(30));
            try (BusLock hold = patient.acquire()) {
                // the child says "releasing" before it lets go: it must already be in the pipe
                assertTrue(out.ready(), "got the lock while the other process still held it");
                assertEquals("releasing", out.readLine());
            }
            assertEquals("", Files.readString(file), "nothing is ever written into the lock file");
            patient.close();
        }
        assertEquals(0, child.waitFor());
    }

    private static String probe(Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
                file.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), said);
        return said;
    }

    @Test
    void anotherBusObjectOfThisProcessClosingLeavesTheHoldInForce() throws Exception {
        // the kernel drops a process's POSIX locks on a file when any descriptor of it closes
        Path file = dir.resolve("bus.lock");
        BusLocks first = new BusLocks("i2c-1", file, Duration.ofSeconds(1));
        BusLocks second = new BusLocks("i2c-1", file, Duration.ofSeconds(1));
        second.acquire().close();
        try (BusLock hold = first.acquire()) {
            second.close();
            assertEquals("held", probe(file));
        }
        assertEquals("free", probe(file));
        first.close();
    }

    @Test
    void twoBusObjectsOfThisProcessOnOneFileTakeTurns() throws Exception {
        Path file = dir.resolve("bus.lock");
        BusLocks first = new BusLocks("i2c-1", file, Duration.ofSeconds(5));
        BusLocks impatient = new BusLocks("i2c-1", file, Duration.ofMillis(100));
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        try (BusLock hold = first.acquire()) {
            Thread other = new Thread(() -> {
                try {
                    impatient.acquire();
                    failed.set(new AssertionError("took the bus another bus object of this process held"));
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            other.start();
            other.join();
        }
        assertTrue(failed.get() instanceof I2cTimeoutException && failed.get().getMessage()
                .contains("another command of this program holds the bus"), String.valueOf(failed.get()));
        try (BusLock now = impatient.acquire()) {
            assertTrue(impatient.isHeldByCurrentThread());
        }
        first.close();
        impatient.close();
    }

    @Test
    void aLinkPlantedWhereTheLockFileGoesIsRefusedAndItsTargetUntouched() throws Exception {
        java.nio.file.Path target = java.nio.file.Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        java.nio.file.Path lock = dir.resolve("bus.lock");
        java.nio.file.Files.createSymbolicLink(lock, target);
        BusLocks locks = new BusLocks("sim", lock, Duration.ofSeconds(1));
        io.i2ckit.core.I2cException e = org.junit.jupiter.api.Assertions.assertThrows(io.i2ckit.core.I2cException.class,
                locks::acquire);
        assertTrue(e.getMessage().contains("cannot use lock file " + lock + ": it is a symbolic link"), e.getMessage());
        assertEquals("keep me\n", java.nio.file.Files.readString(target));
        java.nio.file.Files.delete(lock);
        java.nio.file.Files.createDirectory(lock);
        io.i2ckit.core.I2cException dirError = org.junit.jupiter.api.Assertions.assertThrows(
                io.i2ckit.core.I2cException.class, locks::acquire);
        assertTrue(dirError.getMessage().contains("cannot use lock file " + lock + ": "), dirError.getMessage());
    }
}
