// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings tables keep the order they are listed in. */
final class Ordered {
    private Ordered() {
    }

    static Map<String, String> map(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
