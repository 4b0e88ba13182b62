// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.boardprofiles;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rows of a board's header down to the last pin the fan uses, the fan's pins marked. */
public final class HeaderDrawing {
    private HeaderDrawing() {
    }

    public static String draw(BoardProfile profile) {
        if (profile.header().isEmpty() || profile.wiring().isEmpty()) {
            return "";
        }
        Map<Integer, String> fanAt = new LinkedHashMap<>();
        int last = 0;
        for (Map.Entry<String, String> w : profile.wiring().entrySet()) {
            int pin = pinNumber(w.getValue());
            fanAt.put(pin, w.getKey());
            last = Math.max(last, pin);
        }
        last += last % 2; // end on a full row
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s header (%s)%n", profile.headerName(), profile.headerNote()));
        sb.append(String.format("   %-10s %-12s %3s   %-3s %-12s %s%n", "fan", "signal", "pin", "pin", "signal", "fan"));
        for (int odd = 1; odd < last; odd += 2) {
            int even = odd + 1;
            sb.append(String.format("%s %-10s %-12s %3d   %-3d %-12s %s%s%n",
                    fanAt.containsKey(odd) ? ">" : " ", fanAt.containsKey(odd) ? fanAt.get(odd) + " --" : "",
                    profile.header().getOrDefault(odd, ""), odd, even, profile.header().getOrDefault(even, ""),
                    fanAt.containsKey(even) ? "-- " + fanAt.get(even) : "", fanAt.containsKey(even) ? " <" : ""));
        }
        return sb.toString();
    }

    /** 19 from P9_19, 3 from pin3. */
    static int pinNumber(String pin) {
        return Integer.parseInt(pin.replaceAll(".*?(\\d+)$", "$1"));
    }
}
