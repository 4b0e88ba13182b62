// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.CliException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The i2c-tools release the programs speak: the one installed (Debian 12 has 4.3, Debian 13 has
 * 4.4) as dpkg lists it, else as Debian's or a hand-built {@code i2cdetect -V} says it, else the
 * newest; {@code I2CKIT_I2C_TOOLS=4.3} or {@code 4.4} chooses. Between the two:
 * 4.4 parses options with getopt (anywhere on the line, merged as {@code -fy}, getopt's own
 * "invalid option" words, {@code -h} prints the usage and exits 0), lists three more
 * functionality lines in {@code i2cdetect -F}, refuses i2cdump's SMBus block mode and has
 * {@code i2ctransfer -b}.
 */
public enum I2cToolsVersion {
    V4_3("4.3"), V4_4("4.4");

    /** The environment variable that chooses a release over the installed one. */
    public static final String VARIABLE = "I2CKIT_I2C_TOOLS";
    private static final Path DPKG_STATUS = Path.of("/var/lib/dpkg/status");
    /** Where an i2cdetect that dpkg does not know of lives (a root unpacked by hand, a build from source). */
    private static final List<Path> PROGRAMS = List.of(Path.of("/usr/sbin/i2cdetect"),
            Path.of("/usr/local/sbin/i2cdetect"), Path.of("/sbin/i2cdetect"), Path.of("/usr/bin/i2cdetect"));
    private static volatile Installed installed;
    private static volatile Installed program;

    private final String number;

    I2cToolsVersion(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }

    /** What a file (dpkg's status, an i2cdetect) said at this time and size: asked again only when it changes. */
    private record Installed(Object key, Optional<I2cToolsVersion> version) {
    }

    /** The release for a command run with {@code env}: chosen, else installed, else the newest. */
    public static I2cToolsVersion of(Map<String, String> env) {
        String chosen = env.get(VARIABLE);
        if (chosen != null && !chosen.isEmpty()) {
            for (I2cToolsVersion v : values()) {
                if (v.number.equals(chosen)) {
                    return v;
                }
            }
            throw CliException.usage(VARIABLE + "=" + chosen + " is no i2c-tools release these programs speak: "
                    + "set it to 4.3 or 4.4, or unset it to follow the installed i2c-tools");
        }
        return installed(DPKG_STATUS).or(() -> ofProgram(PROGRAMS)).orElse(V4_4);
    }

    /**
     * The release the first of {@code candidates} that is a compiled i2cdetect (never a drop-in:
     * a link to i2ckit or a script) says it is with -V, run once per program file (cached on its
     * time and size); empty when there is none or it does not say.
     */
    static Optional<I2cToolsVersion> ofProgram(List<Path> candidates) {
        for (Path p : candidates) {
            Object key;
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile()) {
                    continue;
                }
                key = key(p, a);
                Installed known = program;
                if (known != null && known.key().equals(key)) {
                    return known.version(); // the common case: one stat
                }
                if (!isElf(p)) {
                    continue;
                }
            } catch (IOException e) {
                continue;
            }
            Optional<I2cToolsVersion> v = askVersion(p);
            program = new Installed(key, v);
            return v;
        }
        return Optional.empty();
    }

    /** What identifies a version of {@code file} for the caches: its path, time and size. */
    private static Object key(Path file, BasicFileAttributes a) {
        return file + " " + a.lastModifiedTime().toMillis() + " " + a.size();
    }

    private static boolean isElf(Path p) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(p)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        }
    }

    /** "i2cdetect version 4.3" on its stderr, as i2c-tools prints it. */
    private static Optional<I2cToolsVersion> askVersion(Path program) {
        try {
            Process p = new ProcessBuilder(program.toString(), "-V").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String said = new String(p.getInputStream().readNBytes(200), StandardCharsets.UTF_8);
            if (!p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("version (\\d+\\.\\d+)").matcher(said);
            return m.find() ? Optional.of(release(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The i2c-tools release dpkg's status file {@code status} lists as installed (cached on its time and size). */
    static Optional<I2cToolsVersion> installed(Path status) {
        Object key;
        try {
            BasicFileAttributes a = Files.readAttributes(status, BasicFileAttributes.class);
            key = key(status, a);
        } catch (IOException e) {
            return Optional.empty(); // no dpkg: not a Debian system
        }
        Installed known = installed;
        if (known != null && known.key().equals(key)) {
            return known.version();
        }
        Optional<I2cToolsVersion> v;
        try {
            // a system's status file is megabytes: read as Latin-1 (a copy, no decoding) and searched whole
            v = fromStatus(new String(Files.readAllBytes(status), StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            v = Optional.empty();
        }
        installed = new Installed(key, v);
        return v;
    }

    /** The release of the package i2c-tools in the text of a dpkg status file, if it is installed. */
    static Optional<I2cToolsVersion> fromStatus(String text) {
        int at = text.startsWith("Package: i2c-tools\n") ? 0 : text.indexOf("\nPackage: i2c-tools\n");
        if (at < 0) {
            return Optional.empty();
        }
        int end = text.indexOf("\n\n", at + 1);
        String stanza = text.substring(at, end < 0 ? text.length() : end);
        String status = field(stanza, "Status");
        String version = field(stanza, "Version");
        if (status == null || !status.endsWith(" installed") || version == null) {
            return Optional.empty();
        }
        return Optional.of(release(version));
    }

    /** The release a Debian version such as "4.3-2+b3" or "1:4.4-2" is: 4.3 and older speak 4.3. */
    static I2cToolsVersion release(String debianVersion) {
        String upstream = debianVersion.replaceFirst("^\\d+:", "").replaceFirst("-[^-]*$", "");
        String[] parts = upstream.split("[.~+]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return major < 4 || major == 4 && minor <= 3 ? V4_3 : V4_4;
        } catch (NumberFormatException e) {
            return V4_4;
        }
    }

    private static String field(String stanza, String name) {
        int at = stanza.indexOf("\n" + name + ": ");
        if (at < 0) {
            return null;
        }
        int end = stanza.indexOf('\n', at + 1);
        return stanza.substring(at + name.length() + 3, end < 0 ? stanza.length() : end).trim();
    }
}
