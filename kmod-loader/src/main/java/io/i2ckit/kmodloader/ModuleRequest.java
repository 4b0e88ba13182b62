// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

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
     * Words as modprobe takes them: {@code NAME [PARAM ...]}, every word after the name a
     * parameter of it, with or without {@code =} (a boolean flag); a value holding a space
     * ({@code "goodbye=I am done"}, one shell word) is quoted for the kernel as modprobe quotes it.
     */
    public static ModuleRequest parse(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no module named: give a module name or alias");
        }
        return new ModuleRequest(words.get(0), joinParameters(words.subList(1, words.size())));
    }

    /** Words as {@code modprobe -a} takes them: each a module name, none with parameters. */
    public static List<ModuleRequest> all(List<String> names) {
        return names.stream().map(ModuleRequest::of).toList();
    }

    /** Joins parameter words for the kernel, quoting values with spaces. */
    public static String joinParameters(List<String> words) {
        return String.join(" ", words.stream().map(ModuleRequest::parameter).toList());
    }

    /** kmod's options_from_array: a value with a space, not already quoted (" or '), gets double quotes. */
    private static String parameter(String word) {
        int eq = word.indexOf('=');
        if (eq < 0) {
            return word;
        }
        String value = word.substring(eq + 1);
        if (!value.startsWith("\"") && !value.startsWith("'") && value.indexOf(' ') >= 0) {
            return word.substring(0, eq + 1) + '"' + value + '"';
        }
        return word;
    }
}
