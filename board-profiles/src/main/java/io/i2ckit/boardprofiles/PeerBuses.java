// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.boardprofiles;

import io.i2ckit.core.AdapterInfo;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The buses another library's bus numbers mean, for the diozero and Pi4J adapters. Number N is
 * {@code /dev/i2c-N} unless a mapping says otherwise: {@code 1=sim,2=P9_19,3=/dev/i2c-7} names a
 * bus as i2ckit's commands accept it (a number, a device node, an adapter name, {@code sim}) or
 * as this board's profile calls it (a hardware name or a header pin). Each bus is opened once and
 * shared by every device on it, and closed when the last of them is.
 */
public final class PeerBuses implements AutoCloseable {
    private final Map<Integer, String> mapping;
    private final BusEnvironment env;
    private final BusResolver resolver;
    private final Map<Integer, Shared> open = new HashMap<>();

    public PeerBuses(Map<Integer, String> mapping, BusEnvironment env) {
        this.mapping = Map.copyOf(mapping);
        this.env = env;
        this.resolver = new BusResolver(env);
    }

    /**
     * The mapping in {@code text}: {@code N=BUS} pairs separated by commas; empty for null or
     * blank text. Errors name the pair.
     */
    public static Map<Integer, String> parse(String text, String where) {
        Map<Integer, String> map = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String pair : text.split(",")) {
            String p = pair.trim();
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException(where + ": '" + p + "' is not NUMBER=BUS, such as 1=sim");
            }
            try {
                map.put(Integer.parseInt(p.substring(0, eq).trim()), p.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": '" + p + "' does not start with a bus number");
            }
        }
        return map;
    }

    /** What bus number {@code n} means, as i2ckit would be told it. */
    public String nameOf(int n) {
        return mapping.getOrDefault(n, Integer.toString(n));
    }

    /** The numbers that mean a bus here: the mapped ones and every adapter's own number. */
    public List<Integer> numbers() {
        TreeSet<Integer> all = new TreeSet<>(mapping.keySet());
        for (AdapterInfo a : I2cBuses.list(env)) {
            all.add(a.number());
        }
        return new ArrayList<>(all);
    }

    /** Opens bus number {@code n}, or shares it if it is open; give it back with {@link #release}. */
    public synchronized I2cBus acquire(int n) {
        Shared s = open.get(n);
        if (s == null) {
            s = new Shared(openNamed(nameOf(n)));
            open.put(n, s);
        }
        s.users++;
        return s.bus;
    }

    /** One user of bus {@code n} is done; the last one closes it. */
    public synchronized void release(int n) {
        Shared s = open.get(n);
        if (s != null && --s.users == 0) {
            open.remove(n);
            s.bus.close();
        }
    }

    /** Closes every bus still open. */
    @Override
    public synchronized void close() {
        open.values().forEach(s -> s.bus.close());
        open.clear();
    }

    private I2cBus openNamed(String name) {
        return resolver.open(name, true); // their drivers wait on the wall clock
    }

    private static final class Shared {
        final I2cBus bus;
        int users;

        Shared(I2cBus bus) {
            this.bus = bus;
        }
    }
}
