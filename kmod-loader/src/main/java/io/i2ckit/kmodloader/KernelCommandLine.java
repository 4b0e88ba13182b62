// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.util.ArrayList;
import java.util.List;

/**
 * The module options on the kernel command line, read as kmod 30 reads {@code /proc/cmdline}
 * ({@code kmod_config_parse_kcmdline}): {@code mod.param=value} and the bare flag
 * {@code mod.flag} become options of {@code mod}; a quoted value keeps its quotes
 * ({@code mod.p="a b"}), and grub's form {@code "mod.p=a b"} is quoted back into that shape so
 * the kernel does not split it. Words with spaces outside a value, a second dot, or an '='
 * before the dot are not module options.
 */
final class KernelCommandLine {
    /** One option: the module (dashes as underscores) and its text, {@code param=value} or {@code flag}. */
    record Option(String module, String text) {
    }

    private enum State { MODNAME, PARAM, VALUE, IGNORE }

    private KernelCommandLine() {
    }

    static List<Option> options(String cmdline) {
        List<Option> out = new ArrayList<>();
        String s = cmdline + ' '; // the end of the text ends the last word, as the NUL does in C
        State state = State.MODNAME;
        boolean quoted = false;
        int quoteStart = -1;
        int modname = 0;
        int param = -1;
        int value = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                if (quoted && state == State.MODNAME && i == modname) {
                    quoteStart = i; // grub's "mod.p=a b": the quote opens before the name
                    modname = i + 1;
                } else if (state != State.VALUE) {
                    state = State.IGNORE;
                }
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r') {
                if (quoted && state == State.VALUE) {
                    continue; // a space inside a quoted value
                }
                if (quoted) {
                    state = State.IGNORE; // spaces are allowed in the value only
                } else if (state == State.VALUE || state == State.PARAM) {
                    out.add(complete(s, modname, param, value, i, quoteStart));
                    modname = i + 1;
                    state = State.MODNAME;
                    quoteStart = -1;
                    value = -1;
                } else {
                    modname = i + 1;
                    state = State.MODNAME;
                    quoteStart = -1;
                    value = -1;
                }
            } else if (c == '.') {
                if (state == State.MODNAME) {
                    param = i + 1;
                    state = State.PARAM;
                } else if (state == State.PARAM) {
                    state = State.IGNORE;
                }
            } else if (c == '=') {
                if (state == State.PARAM) {
                    value = i + 1;
                    state = State.VALUE;
                } else if (state == State.MODNAME) {
                    state = State.IGNORE;
                }
            }
        }
        return out;
    }

    /** The option of the word that ends at {@code end}; a word grub quoted whole gets its quote before the value. */
    private static Option complete(String s, int modname, int param, int value, int end, int quoteStart) {
        String module = s.substring(modname, param - 1).replace('-', '_');
        String text = s.substring(param, end);
        if (quoteStart >= 0 && value >= 0) {
            text = s.substring(param, value) + '"' + s.substring(value, end);
        }
        return new Option(module, text);
    }
}
