// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import io.i2ckit.core.BusEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The CLI suite's commands run warm: one engine served in this JVM for the whole run, reached
 * through the native client as a user's shell reaches it, so every test of the suite checks the
 * engine's output, exit status and files as well as the cold run's. A request names its test's
 * fixture tree in {@link #ROOT}; the engine takes its buses from there, as the cold harness does.
 */
public final class WarmHarness {
    /** The request's fixture root, read by this engine only; a real engine ignores it. */
    public static final String ROOT = "I2CKIT_HARNESS_ROOT";
    private static final String JAR = "/nowhere/i2ckit-warm-harness.jar";
    private static Path dir;
    private static Path client;

    public record Outcome(int code, String out, String err) {
    }

    private WarmHarness() {
    }

    /** Whether the suite was asked to run its commands warm ({@code -Di2ckit.harness=warm}). */
    public static boolean enabled() {
        return "warm".equals(System.getProperty("i2ckit.harness"));
    }

    /** The commands the client keeps in a process of their own, as {@code own_process} in the client has them. */
    private static boolean ownProcess(String... args) {
        List<String> a = List.of(args);
        return a.size() > 0 && (a.get(0).equals("shell") || a.size() > 1 && a.get(0).equals("fan") && a.get(1).equals("studio")
                || a.size() > 1 && a.get(0).equals("engine") && a.get(1).equals("serve"));
    }

    /**
     * {@code i2ckit args} through the client in this JVM's working directory, with {@code env} and
     * {@code stdin}; {@code buses} turns the fixture root back into the cold run's bus environment.
     * Null for a command the client keeps in a process of its own (the shell): run it cold.
     */
    public static Outcome run(Path root, Function<Path, BusEnvironment> buses, Map<String, String> env,
            String stdin, String... args) {
        try {
            start(buses);
            Path io = Files.createTempDirectory(dir, "run");
            Files.writeString(io.resolve("in"), stdin);
            List<String> line = new ArrayList<>(List.of(client.toString(), "i2ckit"));
            line.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(line).directory(Path.of(System.getProperty("user.dir")).toFile())
                    .redirectInput(io.resolve("in").toFile()).redirectOutput(io.resolve("out").toFile())
                    .redirectError(io.resolve("err").toFile());
            Map<String, String> all = new HashMap<>(env);
            all.putIfAbsent("LANG", "C.UTF-8");
            all.put(ROOT, root.toString());
            all.put("XDG_RUNTIME_DIR", dir.resolve("run").toString());
            all.put("I2CKIT_ENGINE_JAR", JAR);
            pb.environment().clear();
            pb.environment().putAll(all);
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the warm run of " + List.of(args) + " did not end in 60 s");
            }
            // binary output (an image on a pipe) is read as the cold harness's text would be: leniently
            String out = new String(Files.readAllBytes(io.resolve("out")), StandardCharsets.UTF_8);
            String err = new String(Files.readAllBytes(io.resolve("err")), StandardCharsets.UTF_8);
            for (String f : List.of("in", "out", "err")) {
                Files.delete(io.resolve(f));
            }
            Files.delete(io);
            if (p.exitValue() == 255 && out.isEmpty() && err.isEmpty()) {
                if (ownProcess(args)) {
                    return null;
                }
                throw new AssertionError("the engine did not take " + List.of(args) + " (the client was told to run it cold)");
            }
            return new Outcome(p.exitValue(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static synchronized void start(Function<Path, BusEnvironment> buses) throws IOException, InterruptedException {
        if (client != null) {
            return;
        }
        dir = Files.createTempDirectory("i2ckit-warm");
        Path built = dir.resolve("i2ckit-client");
        Path source = Path.of("..", "native", "i2ckit-client.c").toAbsolutePath().normalize();
        Process cc = new ProcessBuilder("cc", "-O2", "-o", built.toString(), source.toString())
                .redirectErrorStream(true).start();
        String said = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (cc.waitFor() != 0) {
            throw new AssertionError("the client does not compile: " + said);
        }
        Files.createDirectories(dir.resolve("run"));
        Map<String, String> placed = Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        Path socket = EnginePaths.socket(EnginePaths.directory(placed, EngineLibC.getuid()), JAR);
        EngineServer engine = new EngineServer(socket, Duration.ofHours(1), null,
                env -> buses.apply(Path.of(env.get(ROOT))));
        Thread serving = new Thread(() -> {
            try {
                engine.serve();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "warm-harness-engine");
        serving.setDaemon(true);
        serving.start();
        for (int i = 0; i < 500 && !Files.exists(socket); i++) {
            Thread.sleep(10);
        }
        if (!Files.exists(socket)) {
            throw new AssertionError("the warm harness's engine does not listen at " + socket);
        }
        client = built;
    }
}
