// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.parity;

import io.i2ckit.core.kernel.KernelBench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkout's drop-ins as a script reaches them through the resident engine: the native client
 * the dev launcher builds, with the engine settings the dev launcher gives it, called directly
 * (the launcher's source-staleness scan costs seconds per call over the guest's shared folder).
 */
final class EngineDropIns {
    private final Path client;
    private final Map<String, String> env;

    private EngineDropIns(Path client, Map<String, String> env) {
        this.client = client;
        this.env = env;
    }

    /**
     * The client of this checkout (built by {@code ./i2ckit} if need be), for its jar's engine; or
     * the client {@code $I2CKIT_BENCH_CLIENT} names, where a guest's root has no compiler (trixie's).
     */
    static EngineDropIns ofCheckout() {
        String given = System.getenv("I2CKIT_BENCH_CLIENT");
        Path client;
        if (given != null && !given.isEmpty()) {
            client = Path.of(given);
        } else {
            KernelBench.ok(KernelBench.run("./i2ckit", "--version")); // builds the client when a compiler is here
            String machine = KernelBench.ok(KernelBench.run("uname", "-m")).out().strip();
            client = Path.of("native/target", machine, "i2ckit-client").toAbsolutePath();
        }
        if (!Files.isExecutable(client)) {
            throw new IllegalStateException("no engine client at " + client + ": is cc installed in the guest?");
        }
        try {
            String jar = Path.of("cli/target/i2ckit.jar").toRealPath().toString();
            return new EngineDropIns(client, Map.of("I2CKIT_ENGINE_JAR", jar, "I2CKIT_ENGINE_START",
                    "exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -jar '" + jar + "' engine serve"));
        } catch (IOException e) {
            throw new UncheckedIOException("no jar: build first (mvn package)", e);
        }
    }

    /** Runs drop-in {@code program} with {@code args} through the engine, feeding it {@code stdin}. */
    KernelBench.Run run(String stdin, String program, List<String> args) {
        List<String> command = new ArrayList<>(List.of(client.toString(), program));
        command.addAll(args);
        return KernelBench.runWithInput(env, stdin, command.toArray(new String[0]));
    }

    /** How many commands the engine has run, this status among them (0 when none runs). */
    long served() {
        String status = run("", "i2ckit", List.of("engine", "status")).out();
        Matcher m = Pattern.compile("served (\\d+) commands").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
