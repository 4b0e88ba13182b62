// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native client, compiled with the machine's C compiler as the launcher compiles it, and an
 * engine served in this JVM for the jar name {@code jar} (only its name counts: it picks the
 * socket). Scripts run under /bin/sh, so pipes, redirections, signals, exit statuses and working
 * directories are the shell's own.
 */
final class EngineFixture {
    final Path dir;
    final String jar;
    final Path client;
    final EngineServer engine;
    private final Thread serving;

    record Run(int code, String out, String err) {
    }

    private EngineFixture(Path dir, String jar, Path client, EngineServer engine, Thread serving) {
        this.dir = dir;
        this.jar = jar;
        this.client = client;
        this.engine = engine;
        this.serving = serving;
    }

    static EngineFixture start(Path dir, String jar) throws Exception {
        return start(dir, jar, null);
    }

    /** @param watched the jar file the engine watches for an upgrade (null: none, as from class folders) */
    static EngineFixture start(Path dir, String jar, Path watched) throws Exception {
        Path client = dir.resolve("i2ckit-client");
        Path source = Path.of("..", "native", "i2ckit-client.c").toAbsolutePath().normalize();
        Process cc = new ProcessBuilder("cc", "-O2", "-Wall", "-Werror", "-o", client.toString(), source.toString())
                .redirectErrorStream(true).start();
        String out = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cc.waitFor(), "the client compiles without a warning: " + out);
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("work"));
        int uid = EngineLibC.getuid();
        Path socket = EnginePaths.socket(EnginePaths.directory(env(dir, jar), uid), jar);
        EngineServer engine = new EngineServer(socket, Duration.ofMinutes(5), watched);
        Thread serving = new Thread(() -> {
            try {
                engine.serve();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        serving.setDaemon(true);
        serving.start();
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            Thread.sleep(10);
        }
        assertTrue(Files.exists(socket), "the engine listens");
        return new EngineFixture(dir, jar, client, engine, serving);
    }

    /** Whether the engine still serves, after waiting up to {@code wait} for it to end. */
    boolean serving(Duration wait) throws InterruptedException {
        serving.join(wait.toMillis());
        return serving.isAlive();
    }

    void stop() throws InterruptedException {
        engine.stop();
        serving.join(5000);
    }

    Map<String, String> env() {
        return env(dir, jar);
    }

    private static Map<String, String> env(Path dir, String jar) {
        return Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString(), "I2CKIT_ENGINE_JAR", jar,
                "I2CKIT_SIM_DIR", dir.resolve("sim").toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "I2CKIT_BACKUP_DIR", dir.resolve("backups").toString(), "LANG", "C.UTF-8",
                "PATH", "/usr/bin:/bin", "HOME", dir.toString());
    }

    /** {@code script} run by /bin/sh in {@code cwd}, with $C the client; at most 30 s. */
    Run sh(Path cwd, String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env());
        pb.environment().put("C", client.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), script);
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
