// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part's journal of backups, a text file appended to and synced, never rewritten:
 * <pre>
 * taken BACKUP KIND CONTENTS      a backup was saved before an operation of KIND
 * completed BACKUP                that operation finished and verified
 * </pre>
 * A backup's contents are torn when the operation before it never completed: the part then
 * held part old, part new bytes. The first backup of a part is of the contents i2ckit found.
 */
final class BackupJournal {
    private final Path file;

    BackupJournal(Path file) {
        this.file = file;
    }

    /** Records a new backup; its contents are torn if the operation of the one before never completed. */
    void taken(Path backup, Backup.Kind kind) {
        Map<String, Backup> all = read();
        Backup last = all.isEmpty() ? null : List.copyOf(all.values()).get(all.size() - 1);
        Backup.Contents contents = last == null || last.completed() ? Backup.Contents.VERIFIED : Backup.Contents.TORN;
        append("taken " + backup.getFileName() + " " + kind.name().toLowerCase() + " " + contents.name().toLowerCase());
    }

    void completed(Path backup) {
        append("completed " + backup.getFileName());
    }

    /** Every backup the journal knows, in the order taken, by file name. */
    Map<String, Backup> read() {
        Map<String, Backup> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup journal " + file, e);
        }
        for (String line : lines) {
            String[] w = line.strip().split(" ");
            if (w.length == 4 && w[0].equals("taken")) {
                out.put(w[1], new Backup(file.resolveSibling(w[1]), enumOf(Backup.Kind.class, w[2]),
                        enumOf(Backup.Contents.class, w[3]), false));
            } else if (w.length == 2 && w[0].equals("completed") && out.containsKey(w[1])) {
                Backup b = out.get(w[1]);
                out.put(w[1], new Backup(b.file(), b.kind(), b.contents(), true));
            }
            // anything else is a line cut short by a crash while appending: it says nothing
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String word) {
        try {
            return Enum.valueOf(type, word.toUpperCase());
        } catch (IllegalArgumentException e) {
            return Enum.valueOf(type, "UNKNOWN");
        }
    }

    private void append(String line) {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            out.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup journal " + file, e);
        }
    }
}
