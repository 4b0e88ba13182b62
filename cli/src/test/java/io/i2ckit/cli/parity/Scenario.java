// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.parity;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code parity/scenarios.txt}: a program, its arguments, and how to run and compare it.
 *
 * @param stdin what the program reads (its prompt answers), or null for nothing
 * @param driverAt the address an at24 instance owns during the line, or -1
 * @param stdoutOnly compare stdout and exit status only
 * @param mismatchExitsOne i2c-tools exits 0 after a readback mismatch; i2ckit, by design, 1
 */
record Scenario(int line, String program, List<String> args, String stdin, int driverAt, boolean stdoutOnly,
                boolean mismatchExitsOne) {

    /** Whether the line may change what the chips hold, so they are read back and seeded afresh. */
    boolean mayWrite() {
        if (program.equals("i2cset")) {
            return true;
        }
        if (!program.equals("i2cdump")) {
            return false;
        }
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-")) {
            i += args.get(i).startsWith("-r") ? 2 : 1;
        }
        return args.size() - i >= 4; // bus, address, mode and a bank: i2cdump switches banks by writing
    }

    static Scenario parse(int line, String text, String bus) {
        List<String> words = split(text);
        String stdin = null;
        int driverAt = -1;
        boolean stdoutOnly = false;
        boolean mismatchExitsOne = false;
        int i = 0;
        for (; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("in=")) {
                stdin = w.substring(3).replace("\\n", "\n");
            } else if (w.startsWith("at24=")) {
                driverAt = Integer.decode(w.substring(5));
            } else if (w.equals("stdout-only")) {
                stdoutOnly = true;
            } else if (w.equals("mismatch-exits-1")) {
                mismatchExitsOne = true;
            } else {
                break;
            }
        }
        List<String> args = new ArrayList<>();
        for (String w : words.subList(i + 1, words.size())) {
            args.add(w.replace("$BUS", bus));
        }
        return new Scenario(line, words.get(i), List.copyOf(args), stdin, driverAt, stdoutOnly, mismatchExitsOne);
    }

    /** Words separated by spaces; single quotes group. */
    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                word = word == null ? new StringBuilder() : word;
            } else if (c == ' ' && !quoted) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + (stdin != null ? "in=" + stdin.replace("\n", "\\n") + " " : "")
                + (driverAt >= 0 ? String.format("at24=0x%02x ", driverAt) : "") + program + " " + String.join(" ", args);
    }
}
