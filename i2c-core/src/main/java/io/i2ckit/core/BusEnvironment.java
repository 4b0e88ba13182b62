// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where buses live for one request: the device and sysfs roots (fixture trees in tests), the
 * folder of per-bus lock files, and the caller's environment variables, where a
 * {@link io.i2ckit.core.spi.BusProvider} finds its own settings (the simulator its folder).
 */
public record BusEnvironment(Path devRoot, Path sysRoot, Path lockDir, Map<String, String> variables) {

    public BusEnvironment {
        variables = Map.copyOf(variables);
    }

    /** This system, with {@code I2CKIT_LOCK_DIR} honoured. */
    public static BusEnvironment system() {
        return fromEnv(System.getenv());
    }

    public static BusEnvironment fromEnv(Map<String, String> env) {
        return new BusEnvironment(Path.of("/dev"), Path.of("/sys"), lockDirectory(env), env);
    }

    /** This environment with variable {@code name} set to {@code value}, as an option overrides it. */
    public BusEnvironment withVariable(String name, String value) {
        Map<String, String> v = new HashMap<>(variables);
        v.put(name, value);
        return new BusEnvironment(devRoot, sysRoot, lockDir, v);
    }

    /**
     * Where i2ckit keeps what it must remember (the simulator, backups, history):
     * {@code $XDG_STATE_HOME/i2ckit}, else {@code ~/.local/state/i2ckit}.
     */
    public static Path stateDirectory(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isEmpty() ? Path.of(state) : home(env).resolve(".local/state");
        return base.resolve("i2ckit");
    }

    /** The caller's home: {@code $HOME}, else this JVM's user's. */
    public static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"));
    }

    /**
     * {@code $I2CKIT_LOCK_DIR}, else {@code /run/lock} where every user may create files (as
     * on Debian), else the temporary directory.
     */
    static Path lockDirectory(Map<String, String> env) {
        String explicit = env.get("I2CKIT_LOCK_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        Path runLock = Path.of("/run/lock");
        if (Files.isDirectory(runLock) && Files.isWritable(runLock)) {
            return runLock;
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
