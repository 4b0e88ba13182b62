// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * EEPROM images saved before every write, as raw files named after bus, address, part and the
 * time: {@code i2c-1-0x50-t24c04a-20261122T140512.345Z.bin}. Nothing here deletes a backup.
 */
public final class BackupStore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final Pattern STAMPED = Pattern.compile("(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(\\d+))?\\.bin$");

    private final Path dir;
    private final Clock clock;

    public BackupStore(Path dir) {
        this(dir, Clock.systemUTC());
    }

    BackupStore(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public Path directory() {
        return dir;
    }

    /** Saves {@code image} and returns the file, written in full before it appears under its name. */
    public Path save(String bus, int address, String part, byte[] image) {
        String name = prefix(bus, address) + part + "-" + STAMP.format(clock.instant()) + ".bin";
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            for (int n = 2; Files.exists(file); n++) {
                file = dir.resolve(name.replace(".bin", "-" + n + ".bin"));
            }
            Path tmp = dir.resolve(file.getFileName() + ".part");
            Files.write(tmp, image);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the backup in " + dir, e);
        }
    }

    /** The backups of the part at {@code address} on {@code bus}, newest last. */
    public List<Path> list(String bus, int address) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = prefix(bus, address);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(BackupStore::timeKey))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + dir, e);
        }
    }

    /** The time stamp, then the number a same-millisecond backup got: the order backups were taken in. */
    private static String timeKey(Path file) {
        Matcher m = STAMPED.matcher(file.getFileName().toString());
        return m.find() ? m.group(1) + String.format("%06d", m.group(2) == null ? 1 : Integer.parseInt(m.group(2)))
                : file.getFileName().toString();
    }

    public Optional<Path> latest(String bus, int address) {
        List<Path> all = list(bus, address);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static String prefix(String bus, int address) {
        return bus.replaceAll("[^A-Za-z0-9._-]", "_") + String.format("-0x%02x-", address);
    }
}
