// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.testing;

import io.i2ckit.core.BusEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fixture tree of sysfs, /dev and the device tree, laid out as the kernel lays them out, for
 * tests of what reads them: adapters with their controller's platform device in their real path,
 * the i2c-dev class entries and nodes while "i2c-dev is loaded", a device tree's model and
 * compatible strings.
 */
public final class SysfsFixture {
    private final Path root;

    public SysfsFixture(Path root) {
        this.root = root;
    }

    public BusEnvironment env() {
        return new BusEnvironment(root.resolve("dev"), root.resolve("sys"), root.resolve("lock"), java.util.Map.of());
    }

    /**
     * An adapter: {@code sys/<controller>/i2c-N} with its name, linked from {@code bus/i2c/devices};
     * with {@code i2cDev}, also {@code class/i2c-dev/i2c-N} and {@code dev/i2c-N}.
     *
     * @param controller the platform device's path under sys, such as
     *                   {@code devices/platform/ocp/4819c000.target-module/4819c000.i2c}
     */
    public SysfsFixture adapter(int number, String name, String controller, boolean i2cDev) {
        try {
            Path dir = root.resolve("sys").resolve(controller).resolve("i2c-" + number);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("name"), name + "\n");
            Path bus = root.resolve("sys/bus/i2c/devices");
            Files.createDirectories(bus);
            Files.createSymbolicLink(bus.resolve("i2c-" + number), dir);
            if (i2cDev) {
                Path cls = root.resolve("sys/class/i2c-dev/i2c-" + number);
                Files.createDirectories(cls);
                Files.writeString(cls.resolve("name"), name + "\n");
                Files.createDirectories(root.resolve("dev"));
                Files.writeString(root.resolve("dev/i2c-" + number), "");
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The device tree's {@code model} and {@code compatible} properties, NUL-terminated strings. */
    public SysfsFixture deviceTree(String model, String... compatibles) {
        try {
            Path dt = root.resolve("sys/firmware/devicetree/base");
            Files.createDirectories(dt);
            Files.write(dt.resolve("model"), (model + "\0").getBytes(StandardCharsets.US_ASCII));
            StringBuilder sb = new StringBuilder();
            for (String c : compatibles) {
                sb.append(c).append('\0');
            }
            Files.write(dt.resolve("compatible"), sb.toString().getBytes(StandardCharsets.US_ASCII));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
