// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.util.ArrayList;
import java.util.List;

/**
 * A module asked for by name or alias, with the user's parameters (which come after those of
 * modprobe.d and the kernel command line).
 *
 * @param options parameters as the kernel parses them: {@code a=1 b="two words"}; "" for none
 */
public record ModuleRequest(String name, String options) {
    public ModuleRequest {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a module name is empty");
        }
        options = options == null ? "" : options.strip();
    }

    public static ModuleRequest of(String name) {
        return new ModuleRequest(name, "");
    }

    /**
     * Words as a command line gives them, {@code NAME [PARAM=VALUE ...] NAME ...}: a word with
     * {@code =} is a parameter of the name before it. A value holding spaces (one shell word,
     * {@code "goodbye=I am done"}) is quoted for the kernel, as modprobe does.
     *
     * @throws IllegalArgumentException when a parameter comes before any name
     */
    public static List<ModuleRequest> parse(List<String> words) {
        List<ModuleRequest> out = new ArrayList<>();
        String name = null;
        List<String> params = new ArrayList<>();
        for (String w : words) {
            if (w.indexOf('=') > 0) {
                if (name == null) {
                    throw new IllegalArgumentException("parameter '" + w + "' comes before any module name: "
                            + "write the module first, as in 'i2c-stub " + w + "'");
                }
                params.add(parameter(w));
            } else {
                if (name != null) {
                    out.add(new ModuleRequest(name, String.join(" ", params)));
                }
                name = w;
                params = new ArrayList<>();
            }
        }
        if (name != null) {
            out.add(new ModuleRequest(name, String.join(" ", params)));
        }
        return out;
    }

    /** Joins parameter words for the kernel, quoting values with spaces. */
    public static String joinParameters(List<String> words) {
        return String.join(" ", words.stream().map(ModuleRequest::parameter).toList());
    }

    private static String parameter(String word) {
        int eq = word.indexOf('=');
        String value = word.substring(eq + 1);
        boolean spaced = value.chars().anyMatch(Character::isWhitespace);
        if (eq > 0 && spaced && !value.startsWith("\"")) {
            return word.substring(0, eq + 1) + '"' + value + '"';
        }
        return word;
    }
}
