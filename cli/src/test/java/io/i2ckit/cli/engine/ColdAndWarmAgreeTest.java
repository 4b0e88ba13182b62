// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import io.i2ckit.cli.Main;
import io.i2ckit.cli.tools.Launcher;
import io.i2ckit.cli.tools.Tool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same command lines cold (a JVM of their own, as the launcher's cold run starts one) and
 * warm (through the native client and the engine), each side in a folder of its own with its own
 * simulated bus and backups that start alike: stdout, stderr, exit status and the files written
 * must be the same, once the two folders' names and the backups' timestamps (in file names and in
 * listings, which may fall in different seconds) are written alike.
 */
class ColdAndWarmAgreeTest {
    private static final String JAR = "/nowhere/i2ckit-cold-warm-test.jar";
    @TempDir
    static Path dir;
    private static EngineFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = EngineFixture.start(dir, JAR);
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.stop();
    }

    /** What one side printed and returned, with its own folder names written as SIDE. */
    private record Outcome(int code, String out, String err) {
    }

    private static String same(String text, Path side) {
        return text.replace(side.toString(), "SIDE").replaceAll("\\d{8}T\\d{6}(\\.\\d+)?Z", "TIME")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC", "WHEN");
    }

    private static Map<String, String> env(Path side) {
        Map<String, String> env = new HashMap<>(fixture.env());
        env.put("I2CKIT_SIM_DIR", side.resolve("sim").toString());
        env.put("I2CKIT_BACKUP_DIR", side.resolve("backups").toString());
        return env;
    }

    /** The line run cold as the launcher runs it: a JVM of its own, started in the side's folder. */
    private static Outcome cold(Path side, String stdin, List<String> line) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path")));
        if (Tool.named(line.get(0)).isPresent()) {
            command.add(Launcher.class.getName());
            command.addAll(line);
        } else {
            command.add(Main.class.getName());
            command.addAll(line.subList(1, line.size()));
        }
        Files.writeString(side.resolve("stdin.txt"), stdin);
        ProcessBuilder pb = new ProcessBuilder(command).directory(side.toFile())
                .redirectInput(side.resolve("stdin.txt").toFile());
        pb.environment().clear();
        pb.environment().putAll(env(side));
        pb.environment().put("I2CKIT_STDOUT_TTY", "0");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        int code = p.waitFor();
        return new Outcome(code, same(new String(out, StandardCharsets.UTF_8), side),
                same(new String(err, StandardCharsets.UTF_8), side));
    }

    private static Outcome warm(Path side, String stdin, List<String> line) throws Exception {
        String quoted = line.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
        Files.writeString(side.resolve("stdin.txt"), stdin);
        EngineFixture.Run r = fixture.sh(side, "I2CKIT_SIM_DIR='" + side.resolve("sim") + "' I2CKIT_BACKUP_DIR='"
                + side.resolve("backups") + "' $C " + quoted + " < stdin.txt");
        byte[] raw = r.out().getBytes(StandardCharsets.UTF_8);
        return new Outcome(r.code(), same(new String(raw, StandardCharsets.UTF_8), side), same(r.err(), side));
    }

    @Test
    void everyCommandLineSaysAndReturnsTheSameColdAndWarm() throws Exception {
        Path coldSide = Files.createDirectories(dir.resolve("cold"));
        Path warmSide = Files.createDirectories(dir.resolve("warm"));
        List<List<String>> lines = List.of(
                List.of("i2ckit", "--version"),
                List.of("i2ckit", "sim", "status"),
                List.of("i2cdetect", "-y", "sim"),
                List.of("i2cset", "-y", "sim", "0x48", "0x10", "0x42"),
                List.of("i2cget", "-y", "sim", "0x48", "0x10"),
                List.of("i2cdump", "-y", "sim", "0x48", "b"),
                List.of("i2cget", "-y", "sim", "0x99", "0"),
                List.of("i2ckit", "fan", "program", "--bus", "sim", "--no-preview", "Olá", "-hi-"),
                List.of("i2ckit", "fan", "read", "--bus", "sim", "--no-preview"),
                List.of("i2ckit", "fan", "restore", "--bus", "sim", "--list"),
                List.of("i2ckit", "eeprom", "read", "--bus", "sim", "--length", "16"),
                List.of("i2ckit", "fan", "encode", "-o", "m.bin", "TWO", "strings"),
                List.of("i2ckit", "eeprom", "write", "--bus", "sim", "none.bin"),
                List.of("i2ckit", "batch", "-"),
                List.of("i2ckit", "get", "-y", "P9_19", "0x50", "0"),
                List.of("i2ckit", "i2cg"),
                List.of("i2ckit", "fan", "program", "--dryrun", "x"));
        List<String> differences = new ArrayList<>();
        for (List<String> line : lines) {
            String stdin = line.contains("batch") ? "set sim 0x48 0x11 0x24\nget sim 0x48 0x11\n" : "";
            Outcome c = cold(coldSide, stdin, line);
            Outcome w = warm(warmSide, stdin, line);
            if (!c.equals(w)) {
                differences.add(String.join(" ", line) + "\n  cold: " + c + "\n  warm: " + w);
            }
        }
        assertEquals("", String.join("\n", differences), "each line the same cold and warm");
        assertEquals(Files.readString(coldSide.resolve("m.bin"), StandardCharsets.ISO_8859_1),
                Files.readString(warmSide.resolve("m.bin"), StandardCharsets.ISO_8859_1), "the file each wrote");
    }
}
