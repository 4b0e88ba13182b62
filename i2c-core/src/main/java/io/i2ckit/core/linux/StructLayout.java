// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Offsets and size of a C struct, computed with the C rules: each field at the next multiple of
 * its alignment, the whole padded to its largest alignment. Tests hold the results against what
 * gcc reports for each ABI.
 */
public final class StructLayout {
    private final String name;
    private final Map<String, Integer> offsets;
    private final Map<String, Integer> sizes;
    private final int size;

    private StructLayout(String name, Map<String, Integer> offsets, Map<String, Integer> sizes, int size) {
        this.name = name;
        this.offsets = offsets;
        this.sizes = sizes;
        this.size = size;
    }

    public static Builder struct(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public int offset(String field) {
        Integer o = offsets.get(field);
        if (o == null) {
            throw new IllegalArgumentException("struct " + name + " has no field " + field);
        }
        return o;
    }

    public int sizeOf(String field) {
        offset(field);
        return sizes.get(field);
    }

    public int size() {
        return size;
    }

    public Iterable<String> fields() {
        return offsets.keySet();
    }

    public static final class Builder {
        private final String name;
        private final Map<String, Integer> offsets = new LinkedHashMap<>();
        private final Map<String, Integer> sizes = new LinkedHashMap<>();
        private int next;
        private int maxAlign = 1;

        private Builder(String name) {
            this.name = name;
        }

        /** A scalar field whose alignment equals its size, as for the integer types used here. */
        public Builder field(String field, int size) {
            return field(field, size, size);
        }

        public Builder field(String field, int size, int align) {
            next = roundUp(next, align);
            offsets.put(field, next);
            sizes.put(field, size);
            next += size;
            maxAlign = Math.max(maxAlign, align);
            return this;
        }

        public StructLayout build() {
            return new StructLayout(name, Collections.unmodifiableMap(new LinkedHashMap<>(offsets)),
                    Map.copyOf(sizes), roundUp(next, maxAlign));
        }

        private static int roundUp(int value, int align) {
            return (value + align - 1) / align * align;
        }
    }
}
