// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

/**
 * POSIX {@code fnmatch(pattern, name, 0)}, as kmod matches aliases: {@code *} any run,
 * {@code ?} any one character, {@code [abc]}, {@code [a-z]}, {@code [!x]} one of a class, a
 * backslash escaping the next character. No slash or leading-dot rules apply with no flags.
 */
public final class Fnmatch {
    private Fnmatch() {
    }

    public static boolean matches(String pattern, String name) {
        return match(pattern, 0, name, 0);
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            switch (c) {
                case '*' -> {
                    while (pi < p.length() && p.charAt(pi) == '*') {
                        pi++;
                    }
                    if (pi == p.length()) {
                        return true;
                    }
                    for (int k = si; k <= s.length(); k++) {
                        if (match(p, pi, s, k)) {
                            return true;
                        }
                    }
                    return false;
                }
                case '?' -> {
                    if (si >= s.length()) {
                        return false;
                    }
                    pi++;
                    si++;
                }
                case '[' -> {
                    int end = classEnd(p, pi);
                    if (end < 0) { // no closing bracket: a literal '['
                        if (si >= s.length() || s.charAt(si) != '[') {
                            return false;
                        }
                        pi++;
                        si++;
                        continue;
                    }
                    if (si >= s.length() || !inClass(p, pi + 1, end, s.charAt(si))) {
                        return false;
                    }
                    pi = end + 1;
                    si++;
                }
                case '\\' -> {
                    char literal = pi + 1 < p.length() ? p.charAt(++pi) : '\\';
                    if (si >= s.length() || s.charAt(si) != literal) {
                        return false;
                    }
                    pi++;
                    si++;
                }
                default -> {
                    if (si >= s.length() || s.charAt(si) != c) {
                        return false;
                    }
                    pi++;
                    si++;
                }
            }
        }
        return si == s.length();
    }

    /** The index of the ']' closing the class opened at {@code open}, or -1. */
    private static int classEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++; // a ']' first is a member
        }
        while (i < p.length() && p.charAt(i) != ']') {
            i++;
        }
        return i < p.length() ? i : -1;
    }

    private static boolean inClass(String p, int from, int end, char c) {
        boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
        int i = negate ? from + 1 : from;
        boolean found = false;
        boolean first = true;
        while (i < end) {
            char lo = p.charAt(i);
            if (lo == ']' && !first) {
                break;
            }
            first = false;
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                char hi = p.charAt(i + 2);
                found |= c >= lo && c <= hi;
                i += 3;
            } else {
                found |= c == lo;
                i++;
            }
        }
        return found != negate;
    }
}
