// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.Capability;
import io.i2ckit.core.Functionality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adapter functionality masks of real controllers, from {@code functionality-presets.properties},
 * so a simulated bus can behave like the adapter a user has.
 */
public final class FunctionalityPresets {
    private static final Properties PRESETS = load();

    private FunctionalityPresets() {
    }

    /** The preset named {@code name}, or a mask written as a number ({@code 0x0eff0001}). */
    public static Functionality get(String name) {
        String spec = PRESETS.getProperty(name);
        if (spec == null) {
            try {
                return new Functionality(Long.decode(name));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unknown adapter functionality '" + name + "': use one of "
                        + names() + ", or a mask such as 0x0eff0001");
            }
        }
        long mask = 0;
        for (String word : spec.split("[,\\s]+")) {
            if (!word.isEmpty()) {
                mask |= Capability.valueOf(word).bit();
            }
        }
        return new Functionality(mask);
    }

    public static Set<String> names() {
        return new TreeSet<>(PRESETS.stringPropertyNames());
    }

    /** The preset name whose mask equals {@code f}, else its mask in hex. */
    public static String nameOf(Functionality f) {
        for (String n : names()) {
            if (get(n).equals(f)) {
                return n;
            }
        }
        return String.format("0x%08x", f.mask());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FunctionalityPresets.class.getResourceAsStream("functionality-presets.properties")) {
            if (in == null) {
                throw new IllegalStateException("functionality-presets.properties missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
