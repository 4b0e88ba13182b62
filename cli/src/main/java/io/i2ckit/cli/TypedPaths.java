// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paths a request typed relative to its own directory, when that is not the JVM's (a request in
 * the engine): they are used resolved, and shown as typed, so what a command prints is what a
 * cold run in that directory would print. The writer it makes puts the typed form back in each
 * line of text before it leaves.
 */
public final class TypedPaths {
    private final Map<String, String> typed = new LinkedHashMap<>();

    synchronized void record(String resolved, String asTyped) {
        typed.put(resolved, asTyped);
    }

    /** {@code text} with every resolved path of this request written as it was typed. */
    public synchronized String shown(String text) {
        String out = text;
        for (Map.Entry<String, String> e : typed.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /** A writer that passes text on line by line (and at each flush), with {@link #shown} applied. */
    public Writer filter(Writer target) {
        return new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    line.append(buf[i]);
                    if (buf[i] == '\n') {
                        pass();
                    }
                }
            }

            private void pass() throws IOException {
                if (line.length() > 0) {
                    target.write(shown(line.toString()));
                    line.setLength(0);
                }
            }

            @Override
            public void flush() throws IOException {
                pass();
                target.flush();
            }

            @Override
            public void close() throws IOException {
                flush();
                target.close();
            }
        };
    }
}
