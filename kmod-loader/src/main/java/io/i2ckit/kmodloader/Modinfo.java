// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's {@code .modinfo} section, read from its ELF image (32 or 64 bit, either byte
 * order): NUL-separated {@code key=value} strings, in file order.
 */
public final class Modinfo {
    private final List<String[]> fields;

    private Modinfo(List<String[]> fields) {
        this.fields = fields;
    }

    public static Modinfo of(byte[] elf) {
        if (elf.length < 0x34 || elf[0] != 0x7f || elf[1] != 'E' || elf[2] != 'L' || elf[3] != 'F') {
            throw new IllegalArgumentException("not an ELF file: invalid module format");
        }
        boolean wide = elf[4] == 2;
        ByteBuffer b = ByteBuffer.wrap(elf).order(elf[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        long shoff = wide ? b.getLong(0x28) : b.getInt(0x20) & 0xffffffffL;
        int shentsize = b.getShort(wide ? 0x3a : 0x2e) & 0xffff;
        int shnum = b.getShort(wide ? 0x3c : 0x30) & 0xffff;
        int shstrndx = b.getShort(wide ? 0x3e : 0x32) & 0xffff;
        long[] names = new long[shnum];
        long[] offsets = new long[shnum];
        long[] sizes = new long[shnum];
        for (int i = 0; i < shnum; i++) {
            int h = (int) (shoff + (long) i * shentsize);
            names[i] = b.getInt(h) & 0xffffffffL;
            offsets[i] = wide ? b.getLong(h + 24) : b.getInt(h + 16) & 0xffffffffL;
            sizes[i] = wide ? b.getLong(h + 32) : b.getInt(h + 20) & 0xffffffffL;
        }
        for (int i = 0; i < shnum; i++) {
            if (cString(elf, (int) (offsets[shstrndx] + names[i])).equals(".modinfo")) {
                return new Modinfo(parse(elf, (int) offsets[i], (int) sizes[i]));
            }
        }
        return new Modinfo(List.of());
    }

    private static List<String[]> parse(byte[] elf, int offset, int size) {
        List<String[]> out = new ArrayList<>();
        for (String s : new String(elf, offset, size, StandardCharsets.UTF_8).split("\0")) {
            int eq = s.indexOf('=');
            if (eq > 0) {
                out.add(new String[] {s.substring(0, eq), s.substring(eq + 1)});
            }
        }
        return out;
    }

    private static String cString(byte[] b, int at) {
        int end = at;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, at, end - at, StandardCharsets.US_ASCII);
    }

    /** Every value of {@code key}, in file order. */
    public List<String> all(String key) {
        return fields.stream().filter(f -> f[0].equals(key)).map(f -> f[1]).toList();
    }

    /** The first value of {@code key}, or "". */
    public String get(String key) {
        return fields.stream().filter(f -> f[0].equals(key)).map(f -> f[1]).findFirst().orElse("");
    }

    /** The keys, in the order they first appear. */
    public List<String> keys() {
        return fields.stream().map(f -> f[0]).distinct().toList();
    }

    /**
     * Parameters as modinfo shows them, {@code name:description (type)} ({@code name:type}
     * without a description), in modinfo's order: the name that appears last comes first.
     */
    public List<String> parameters() {
        return parameterParts().stream().map(p -> p[0] + (p[1] == null ? "" : ":" + p[1])
                + (p[2] == null ? "" : p[1] == null ? ":" + p[2] : " (" + p[2] + ")")).toList();
    }

    /**
     * Parameters as {@code modinfo -F parm} shows them, which differs for one without a
     * description: {@code name: (type)}.
     */
    public List<String> parametersAlone() {
        return parameterParts().stream().map(p -> p[0] + ":" + (p[1] == null ? "" : p[1])
                + (p[2] == null ? "" : " (" + p[2] + ")")).toList();
    }

    /** {name, description or null, type or null}, in modinfo's order. */
    private List<String[]> parameterParts() {
        Map<String, String[]> byName = new LinkedHashMap<>();
        for (String[] f : fields) {
            if (f[0].equals("parm") || f[0].equals("parmtype")) {
                int colon = f[1].indexOf(':');
                String name = colon < 0 ? f[1] : f[1].substring(0, colon);
                String rest = colon < 0 ? "" : f[1].substring(colon + 1);
                String[] p = byName.computeIfAbsent(name, n -> new String[] {n, null, null});
                p[f[0].equals("parm") ? 1 : 2] = rest;
            }
        }
        List<String[]> out = new ArrayList<>(byName.values());
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * One line of modinfo's report.
     *
     * @param alone the value as {@code modinfo -F KEY} prints it
     */
    public record Field(String key, String value, String alone) {
        public Field(String key, String value) {
            this(key, value, value);
        }
    }

    /**
     * The report modinfo prints: the file, the fields in section order (parameters gathered at
     * the end), the signature's fields between them.
     */
    public List<Field> report(String filename, Optional<ModuleSignature> signature) {
        List<Field> out = new ArrayList<>();
        out.add(new Field("filename", filename));
        for (String[] f : fields) {
            if (!f[0].equals("parm") && !f[0].equals("parmtype")) {
                out.add(new Field(f[0], f[1]));
            }
        }
        signature.ifPresent(s -> {
            out.add(new Field("sig_id", s.id()));
            if (!s.signer().isEmpty() || s.keyId().length > 0) {
                out.add(new Field("signer", s.signer()));
                out.add(new Field("sig_key", ModuleSignature.hex(s.keyId())));
                out.add(new Field("sig_hashalgo", s.hashAlgorithm()));
                out.add(new Field("signature", ModuleSignature.hex(s.signature())));
            }
        });
        List<String> shown = parameters();
        List<String> alone = parametersAlone();
        for (int i = 0; i < shown.size(); i++) {
            out.add(new Field("parm", shown.get(i), alone.get(i)));
        }
        return out;
    }

    /** A builtin module's fields, from modules.builtin.modinfo's {@code module.key=value} strings. */
    public static Modinfo ofBuiltin(String module, String builtinModinfo) {
        List<String[]> out = new ArrayList<>();
        String prefix = Names.module(module) + ".";
        for (String s : builtinModinfo.split("\0")) {
            int eq = s.indexOf('=');
            if (s.startsWith(prefix) && eq > prefix.length()) {
                out.add(new String[] {s.substring(prefix.length(), eq), s.substring(eq + 1)});
            }
        }
        return new Modinfo(out);
    }
}
