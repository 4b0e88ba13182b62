// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import io.i2ckit.core.AdapterInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The adapters of a system, read from sysfs as i2c-tools reads them: {@code class/i2c-dev/i2c-N}
 * while i2c-dev is loaded, else the adapters on {@code bus/i2c/devices}. The roots are
 * parameters so tests can use fixture trees.
 */
public final class SysfsAdapters {
    private static final Pattern ADAPTER = Pattern.compile("i2c-(\\d+)");
    private static final Map<Path, Kept> KEPT = new ConcurrentHashMap<>();

    private final Path sysRoot;
    private final Path devRoot;

    public SysfsAdapters(Path sysRoot, Path devRoot) {
        this.sysRoot = sysRoot;
        this.devRoot = devRoot;
    }

    /** Every adapter, sorted by bus number. */
    public List<AdapterInfo> list() {
        Path classDir = sysRoot.resolve("class/i2c-dev");
        Path busDir = sysRoot.resolve("bus/i2c/devices");
        List<AdapterInfo> adapters = new ArrayList<>();
        for (Path dir : new Path[] {classDir, busDir}) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.forEach(p -> {
                    Matcher m = ADAPTER.matcher(p.getFileName().toString());
                    if (m.matches()) {
                        adapters.add(info(Integer.parseInt(m.group(1))));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
            if (!adapters.isEmpty()) {
                break;
            }
        }
        adapters.sort(Comparator.comparingInt(AdapterInfo::number));
        return adapters;
    }

    /** The adapter with bus number {@code number}, if sysfs knows it. */
    public Optional<AdapterInfo> find(int number) {
        Path adapter = sysRoot.resolve("bus/i2c/devices/i2c-" + number);
        Path classEntry = sysRoot.resolve("class/i2c-dev/i2c-" + number);
        if (!Files.exists(adapter) && !Files.exists(classEntry)) {
            return Optional.empty();
        }
        return Optional.of(info(number));
    }

    /** The name of adapter {@code number} ("" when sysfs has none): one read where i2c-dev is loaded. */
    public String name(int number) {
        Path classEntry = sysRoot.resolve("class/i2c-dev/i2c-" + number);
        return firstLine(classEntry.resolve("name"))
                .or(() -> firstLine(classEntry.resolve("device/name")))
                .or(() -> firstLine(sysRoot.resolve("bus/i2c/devices/i2c-" + number).resolve("name")))
                .orElse("");
    }

    /**
     * {@link #name}, read once per adapter by this process (a resident engine opens the bus for
     * every command) and kept with the identity of the adapter's i2c-dev folder (device, inode,
     * time), which a stat checks: an adapter removed and another given its number is read anew.
     */
    public String keptName(int number) {
        Path dir = sysRoot.resolve("class/i2c-dev/i2c-" + number);
        BasicFileAttributes seen;
        try {
            seen = Files.readAttributes(dir, BasicFileAttributes.class);
        } catch (IOException e) {
            return name(number); // no i2c-dev folder: read where sysfs has it
        }
        Kept known = KEPT.get(dir);
        if (known != null && known.identity().equals(seen.fileKey()) && known.time().equals(seen.lastModifiedTime())) {
            return known.name();
        }
        String name = name(number);
        if (seen.fileKey() != null) {
            KEPT.put(dir, new Kept(seen.fileKey(), seen.lastModifiedTime(), name));
        }
        return name;
    }

    private record Kept(Object identity, FileTime time, String name) {
    }

    private AdapterInfo info(int number) {
        Path adapter = sysRoot.resolve("bus/i2c/devices/i2c-" + number);
        String name = name(number);
        Path real = null;
        try {
            if (Files.exists(adapter)) {
                real = adapter.toRealPath();
            }
        } catch (IOException e) {
            real = null;
        }
        return new AdapterInfo(number, name, devRoot.resolve("i2c-" + number), real);
    }

    private static Optional<String> firstLine(Path file) {
        try {
            String text = Files.readString(file); // missing, or a folder: an IOException
            int nl = text.indexOf('\n');
            return Optional.of(nl < 0 ? text : text.substring(0, nl));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
