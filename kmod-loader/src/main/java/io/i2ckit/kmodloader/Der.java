// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough DER to walk a PKCS#7 signature: one element (tag and contents) at a time, its
 * children when it is constructed. Indefinite lengths do not occur in DER and are refused.
 */
record Der(int tag, byte[] data, int start, int end) {
    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;
    static final int CONTEXT_0 = 0xA0;

    /** The element at {@code at}, whose contents must end by {@code limit}. */
    static Der read(byte[] data, int at, int limit) {
        if (at + 2 > limit) {
            throw new IllegalArgumentException("DER element cut short at " + at);
        }
        int tag = data[at] & 0xff;
        int len = data[at + 1] & 0xff;
        int p = at + 2;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 4 || p + n > limit) {
                throw new IllegalArgumentException("bad DER length at " + at);
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (data[p++] & 0xff);
            }
        }
        if (len < 0 || p + len > limit) {
            throw new IllegalArgumentException("DER element at " + at + " runs past its container");
        }
        return new Der(tag, data, p, p + len);
    }

    static Der read(byte[] data) {
        return read(data, 0, data.length);
    }

    /** The elements inside this one. */
    List<Der> children() {
        List<Der> out = new ArrayList<>();
        int p = start;
        while (p < end) {
            Der d = read(data, p, end);
            out.add(d);
            p = d.end;
        }
        return out;
    }

    Der child(int index) {
        List<Der> c = children();
        if (index >= c.size()) {
            throw new IllegalArgumentException("DER element has " + c.size() + " parts, not " + (index + 1));
        }
        return c.get(index);
    }

    byte[] bytes() {
        return Arrays.copyOfRange(data, start, end);
    }

    boolean is(byte[] oidContents) {
        return tag == OID && Arrays.equals(bytes(), oidContents);
    }
}
