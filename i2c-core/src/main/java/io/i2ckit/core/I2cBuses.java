// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import io.i2ckit.core.NoSuchBusException.Reason;
import io.i2ckit.core.linux.Abi;
import io.i2ckit.core.linux.LibC;
import io.i2ckit.core.linux.LinuxI2cBus;
import io.i2ckit.core.linux.SysfsAdapters;
import io.i2ckit.core.spi.BusLocks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opens buses by the names users write, as i2c-tools accepts them: a number ({@code 1}, also in
 * C's hex or octal), a device node ({@code /dev/i2c-1}), or an adapter's exact name. Linux buses
 * only: other buses (the simulator) and a board's names for its buses are the resolver's, in
 * board-profiles.
 */
public final class I2cBuses {
    /** The highest bus number i2c-tools accepts. */
    public static final long MAX_BUS_NUMBER = 0xFFFFF;

    private static final Pattern DEV_NODE = Pattern.compile(".*/i2c[-/](\\d+)");
    private static volatile LibC libc;

    private I2cBuses() {
    }

    public static I2cBus open(String spec) {
        return open(spec, BusEnvironment.system());
    }

    public static I2cBus open(String spec, BusEnvironment env) {
        if (spec.startsWith("/")) {
            Path device = Path.of(spec);
            Matcher m = DEV_NODE.matcher(spec);
            String name = m.matches() ? "i2c-" + m.group(1) : spec;
            int number = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            return openLinux(env, device, name, () -> number < 0 ? "" : adapterName(env, number));
        }
        OptionalLong number = parseNumber(spec);
        if (number.isPresent()) {
            if (number.getAsLong() > MAX_BUS_NUMBER) {
                throw new NoSuchBusException(Reason.OUT_OF_RANGE,
                        "I2C bus number " + spec + " out of range (0-" + MAX_BUS_NUMBER + ")");
            }
            return openNumber(env, (int) number.getAsLong());
        }
        return openNumber(env, numberOfAdapterNamed(env, spec));
    }

    /** The adapters sysfs lists, sorted by number. */
    public static List<AdapterInfo> list(BusEnvironment env) {
        return new SysfsAdapters(env.sysRoot(), env.devRoot()).list();
    }

    /** The number of the adapter called exactly {@code name}. */
    public static int numberOfAdapterNamed(BusEnvironment env, String name) {
        List<AdapterInfo> matches = list(env).stream().filter(a -> a.name().equals(name)).toList();
        if (matches.isEmpty()) {
            throw new NoSuchBusException(Reason.UNKNOWN_NAME, "no I2C bus is called '" + name + "': "
                    + describeBuses(env));
        }
        if (matches.size() > 1) {
            throw new NoSuchBusException(Reason.NOT_UNIQUE, "I2C bus name '" + name + "' is not unique: "
                    + matches.stream().map(AdapterInfo::busName).collect(Collectors.joining(", "))
                    + " carry it; give the number");
        }
        return matches.get(0).number();
    }

    /**
     * C's {@code strtoul(text, &end, 0)} over the whole text: decimal, {@code 0x} hex or
     * leading-zero octal. Empty when {@code text} is not entirely such a number.
     */
    public static OptionalLong parseNumber(String text) {
        int n = text.length();
        boolean hex = n > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X');
        int radix = hex ? 16 : n > 0 && text.charAt(0) == '0' ? 8 : 10;
        int from = hex ? 2 : radix == 8 ? 1 : 0;
        if (n == 0) {
            return OptionalLong.empty();
        }
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || Character.digit(c, radix) < 0) {
                return OptionalLong.empty(); // also a sign, a space, a non-ASCII digit
            }
        }
        if (from == n) {
            return OptionalLong.of(0); // "0"
        }
        try {
            return OptionalLong.of(Long.parseLong(text, from, n, radix));
        } catch (NumberFormatException tooLong) {
            return OptionalLong.of(Long.MAX_VALUE);
        }
    }

    private static I2cBus openNumber(BusEnvironment env, int number) {
        // i2c-tools tries the devfs-style node first, then the usual one
        Path devfs = env.devRoot().resolve("i2c").resolve(Integer.toString(number));
        // java.io.File's exists: a missing file is a false, not an exception made and dropped
        // (the devfs node is missing on every current system, and a resident engine asks per command)
        Path device = devfs.toFile().exists() ? devfs : env.devRoot().resolve("i2c-" + number);
        if (!device.toFile().exists()) {
            throw missingDevice(env, number, device);
        }
        return openLinux(env, device, "i2c-" + number, () -> adapterName(env, number));
    }

    private static I2cBus openLinux(BusEnvironment env, Path device, String name,
                                    Supplier<String> adapterName) {
        BusLocks locks = new BusLocks(name, BusLocks.lockFile(env.lockDir(), name), Duration.ofSeconds(10));
        try {
            return LinuxI2cBus.open(libc(), Abi.current(), device, name, adapterName, locks);
        } catch (RuntimeException e) {
            locks.close();
            throw e;
        }
    }

    private static NoSuchBusException missingDevice(BusEnvironment env, int number, Path device) {
        SysfsAdapters sysfs = new SysfsAdapters(env.sysRoot(), env.devRoot());
        if (sysfs.find(number).isPresent()) {
            return new NoSuchBusException(Reason.NO_DEVICE_NODE, "adapter i2c-" + number + " exists but " + device
                    + " does not: load the i2c-dev module (sudo modprobe i2c-dev)");
        }
        return new NoSuchBusException(Reason.UNKNOWN_NAME, "no I2C bus " + number + " (" + device + " is missing): "
                + describeBuses(env));
    }

    /** The Linux buses here, in a phrase for an error message. */
    public static String describeBuses(BusEnvironment env) {
        List<AdapterInfo> all = list(env);
        if (all.isEmpty()) {
            return "this system shows no I2C adapters; is the bus enabled (device tree overlay, dtparam=i2c_arm=on)"
                    + " and its driver loaded?";
        }
        return "buses here are " + all.stream().map(a -> a.busName() + " (" + a.name() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The adapter's name, as this process last read it while the adapter is the same ({@link SysfsAdapters#keptName}). */
    private static String adapterName(BusEnvironment env, int number) {
        return new SysfsAdapters(env.sysRoot(), env.devRoot()).keptName(number);
    }

    private static LibC libc() {
        LibC l = libc;
        if (l == null) {
            synchronized (I2cBuses.class) {
                if (libc == null) {
                    libc = LibC.load();
                }
                l = libc;
            }
        }
        return l;
    }
}
