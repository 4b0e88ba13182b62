// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client asks: which program (i2ckit itself, or a drop-in such as i2cget), in which
 * directory, with which umask, arguments and environment. On the wire, after the descriptors: a
 * 4-byte big-endian length, then NUL-terminated strings: the protocol word, the program, the
 * working directory, the umask in octal, the argument count, the arguments, the environment
 * count, KEY=VALUE each. A client of another protocol is told to run its command cold.
 */
record EngineRequest(String program, String workingDirectory, int umask, List<String> args, Map<String, String> env) {
    static final String PROTOCOL = "i2ckit-engine-3";

    static EngineRequest parse(byte[] body) {
        List<String> s = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                s.add(new String(body, from, i - from, StandardCharsets.UTF_8));
                from = i + 1;
            }
        }
        if (s.size() < 6 || !s.get(0).equals(PROTOCOL)) {
            throw new IllegalArgumentException("not a request of " + PROTOCOL);
        }
        int umask = Integer.parseInt(s.get(3), 8) & 0777;
        int at = 4;
        int argc = Integer.parseInt(s.get(at++));
        List<String> args = new ArrayList<>(s.subList(at, at + argc));
        at += argc;
        int envc = Integer.parseInt(s.get(at++));
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : s.subList(at, at + envc)) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return new EngineRequest(s.get(1), s.get(2), umask, List.copyOf(args), Map.copyOf(env));
    }

    /** The charset a cold JVM would pick from this environment's locale. */
    java.nio.charset.Charset charset() {
        for (String k : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(k);
            if (v != null && !v.isEmpty()) {
                String lower = v.toLowerCase(java.util.Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8") ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII;
            }
        }
        return StandardCharsets.US_ASCII;
    }
}
