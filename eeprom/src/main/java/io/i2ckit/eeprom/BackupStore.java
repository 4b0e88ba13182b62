// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * EEPROM images saved before every write, as raw files named after bus, address, part and the
 * time: {@code i2c-1-0x50-t24c04a-20261122T140512.345Z.bin}, each written in full and synced
 * before it appears under its name, never overwritten, never deleted. A journal per part
 * ({@link BackupJournal}) says what each backup is, so a restore after interrupted writes and
 * restores finds the last contents that were whole and verified ({@link #lastVerified}).
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

    /**
     * Where i2ckit keeps backups unless told: {@code $I2CKIT_BACKUP_DIR}, else
     * {@code $XDG_STATE_HOME/i2ckit/backups} (by default {@code ~/.local/state/i2ckit/backups}).
     */
    public static Path defaultDirectory(java.util.Map<String, String> env) {
        String dir = env.get("I2CKIT_BACKUP_DIR");
        if (dir != null && !dir.isEmpty()) {
            return Path.of(dir);
        }
        return io.i2ckit.core.BusEnvironment.stateDirectory(env).resolve("backups");
    }

    public Path directory() {
        return dir;
    }

    /** Saves {@code image} as a backup taken before an operation of {@code kind}; returns the file. */
    public Path save(String bus, int address, String part, byte[] image, Backup.Kind kind) {
        String name = prefix(bus, address) + part + "-" + STAMP.format(clock.instant()) + ".bin";
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".backup-", ".part");
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                out.write(java.nio.ByteBuffer.wrap(image));
                out.force(true);
            }
            Path file = dir.resolve(name);
            for (int n = 2; ; n++) {
                try {
                    // a hard link appears whole and fails rather than replace a file of the same name
                    Files.createLink(file, tmp);
                    break;
                } catch (FileAlreadyExistsException taken) {
                    file = dir.resolve(name.replace(".bin", "-" + n + ".bin"));
                } catch (UnsupportedOperationException | IOException noLinks) {
                    if (Files.exists(file)) {
                        file = dir.resolve(name.replace(".bin", "-" + n + ".bin"));
                        continue;
                    }
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                    break;
                }
            }
            journal(bus, address).taken(file, kind);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the backup in " + dir, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the backup itself is safe; a stray temporary file is all that is left
                }
            }
        }
    }

    /** Records that the operation {@code backup} was taken before completed and verified. */
    public void completed(String bus, int address, Path backup) {
        journal(bus, address).completed(backup);
    }

    /** The backups of the part at {@code address} on {@code bus}, oldest first, with what each is. */
    public List<Backup> backups(String bus, int address) {
        Map<String, Backup> known = journal(bus, address).read();
        List<Backup> out = new ArrayList<>();
        for (Path f : list(bus, address)) {
            Backup b = known.get(f.getFileName().toString());
            out.add(b != null ? new Backup(f, b.kind(), b.contents(), b.completed())
                    : new Backup(f, Backup.Kind.UNKNOWN, Backup.Contents.UNKNOWN, false));
        }
        return out;
    }

    /**
     * The backup a plain restore puts back: the newest of verified contents, else (backups from
     * before the journal) the newest of unknown state; never one of torn contents.
     */
    public Optional<Backup> lastVerified(String bus, int address) {
        List<Backup> all = backups(bus, address);
        for (Backup.Contents wanted : new Backup.Contents[] {Backup.Contents.VERIFIED, Backup.Contents.UNKNOWN}) {
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).contents() == wanted) {
                    return Optional.of(all.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** The backup files of the part at {@code address} on {@code bus}, newest last. */
    public List<Path> list(String bus, int address) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = prefix(bus, address);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && STAMPED.matcher(f.getFileName().toString()).find())
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

    private BackupJournal journal(String bus, int address) {
        return new BackupJournal(dir.resolve(prefix(bus, address) + "journal.txt"));
    }

    private static String prefix(String bus, int address) {
        return bus.replaceAll("[^A-Za-z0-9._-]", "_") + String.format("-0x%02x-", address);
    }
}
