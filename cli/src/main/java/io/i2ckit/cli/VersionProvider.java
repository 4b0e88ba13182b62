// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build wrote into {@code version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** Read once: a resident engine answers many --version (its jar replaced, it stops). */
    private static volatile String version;

    public static String version() {
        String v = version;
        if (v == null) {
            v = read();
            version = v;
        }
        return v;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"i2ckit " + version()};
    }
}
