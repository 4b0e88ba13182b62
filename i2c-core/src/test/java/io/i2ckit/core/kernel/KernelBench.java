// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.kernel;

import io.i2ckit.core.AdapterInfo;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBuses;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What kernel-tagged tests share: they run as root inside the bench guest (kernel-bench/run-kernel-tests),
 * on Debian's kernel with i2c-dev, beside the real i2c-tools and kmod.
 */
public final class KernelBench {
    public static final String STUB_NAME = "SMBus stub driver";
    /** The chips the bench's i2c-stub carries unless a test reloads it. */
    public static final String STUB_CHIPS = "0x03,0x30,0x48,0x50,0x51,0x77";

    private KernelBench() {
    }

    /** A finished process. */
    public record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Fails with the way to run the test when not inside the bench guest. */
    public static void requireGuest() {
        if (!"1".equals(System.getenv("I2CKIT_KERNEL_BENCH"))) {
            fail("kernel tests run inside the qemu guest: kernel-bench/run-kernel-tests (or ./run-tests)");
        }
    }

    public static boolean is32BitJvm() {
        return "32".equals(System.getProperty("sun.arch.data.model"));
    }

    /** The bus number of the i2c-stub adapter. */
    public static int stubBus() {
        List<AdapterInfo> stubs = I2cBuses.list(BusEnvironment.system()).stream()
                .filter(a -> a.name().equals(STUB_NAME)).toList();
        assertEquals(1, stubs.size(), "one i2c-stub adapter: " + stubs);
        return stubs.get(0).number();
    }

    /**
     * Loads i2c-stub afresh with chips at {@code chipAddrs}, and the adapter functionality
     * {@code functionality} (null: the stub's default), so a test starts from zeroed chips.
     */
    public static void reloadStub(String chipAddrs, String functionality) {
        unbindAll();
        run("rmmod", "i2c-stub"); // fails harmlessly when not loaded
        String params = "chip_addr=" + chipAddrs + (functionality == null ? "" : " functionality=" + functionality);
        ok(run("bash", "-c", "modprobe i2c-stub " + params));
    }

    /** Instantiates a kernel driver on the stub ({@code new_device}), as udev would not here. */
    public static void bindDriver(String module, String deviceName, int address) {
        ok(run("modprobe", module));
        write(Path.of("/sys/bus/i2c/devices/i2c-" + stubBus() + "/new_device"),
                deviceName + " 0x" + Integer.toHexString(address));
    }

    /**
     * Removes every device instantiated on the stub. The extra addresses a driver claims for
     * itself (at24's "dummy" clients) go with their device.
     */
    public static void unbindAll() {
        Path adapter = Path.of("/sys/bus/i2c/devices/i2c-" + (stubPresent() ? stubBus() : 0));
        if (!Files.isDirectory(adapter)) {
            return;
        }
        List<Path> clients;
        try (var entries = Files.list(adapter)) {
            clients = entries.filter(p -> p.getFileName().toString().matches("\\d+-00[0-9a-f]{2}")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path client : clients) {
            try {
                if (Files.readString(client.resolve("name")).strip().equals("dummy")) {
                    continue;
                }
            } catch (IOException gone) {
                continue; // went with the device it belonged to
            }
            String name = client.getFileName().toString();
            write(adapter.resolve("delete_device"), "0x" + name.substring(name.length() - 2));
        }
    }

    private static boolean stubPresent() {
        return I2cBuses.list(BusEnvironment.system()).stream().anyMatch(a -> a.name().equals(STUB_NAME));
    }

    public static Run run(String... command) {
        return runWithInput(null, command);
    }

    /** Runs {@code command}, feeding it {@code stdin} (null: nothing). */
    public static Run runWithInput(String stdin, String... command) {
        return runWithInput(java.util.Map.of(), stdin, command);
    }

    /** Runs {@code command} with {@code env} added to this process's environment, feeding it {@code stdin}. */
    public static Run runWithInput(java.util.Map<String, String> env, String stdin, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            Process p = pb.start();
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + String.join(" ", command));
            }
            return new Run(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Run ok(Run r) {
        assertEquals(0, r.exit(), r.toString());
        return r;
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write '" + text + "' to " + file, e);
        }
    }
}
