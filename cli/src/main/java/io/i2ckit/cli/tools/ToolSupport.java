// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.core.BusLock;
import io.i2ckit.core.BusyException;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.NoSuchBusException;
import io.i2ckit.core.PermissionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;

/**
 * The steps every compatible tool shares, with i2c-tools' messages: finding the bus from its
 * argument ({@code lookup_i2c_bus}), opening it ({@code open_i2c_dev}), parsing a chip address
 * ({@code parse_i2c_address}), selecting it ({@code set_slave_addr}) and asking to continue
 * ({@code user_ack}). Each prints its own error and returns a failure value.
 */
public final class ToolSupport {
    private ToolSupport() {
    }

    /**
     * The bus the argument names, as i2c-tools' {@code lookup_i2c_bus} reads it (a number as C's
     * strtoul takes it) and else as the resolver does; null after printing why not, in i2c-tools'
     * words with i2ckit's reason after them.
     */
    static String lookupBus(Session s, String arg) {
        CNumber n = CNumber.strtoul(arg);
        if (n.consumedAll(arg)) {
            if (n.unsignedAbove(I2cBuses.MAX_BUS_NUMBER)) {
                s.err().println("Error: I2C bus out of range!");
                return null;
            }
            return Long.toString(n.value());
        }
        try {
            return s.busResolver().resolve(arg);
        } catch (NoSuchBusException e) {
            switch (e.reason()) {
                case NOT_UNIQUE -> s.err().println("Error: I2C bus name is not unique!");
                case OUT_OF_RANGE -> s.err().println("Error: I2C bus out of range!");
                case NOT_ENABLED -> s.err().println("Error: I2C bus name doesn't match any bus present! ("
                        + e.detail() + ")");
                case OTHER_BOARDS_NAME -> {
                    // i2c-tools' line stays as it is; the hint follows it
                    s.err().println("Error: I2C bus name doesn't match any bus present!");
                    e.hint().ifPresent(hint -> s.err().println("Hint: " + hint));
                }
                default -> s.err().println("Error: I2C bus name doesn't match any bus present!");
            }
            return null;
        }
    }

    /** Opens the bus found by {@link #lookupBus}; null after printing why not. */
    static I2cBus open(Session s, String bus) {
        try {
            return s.openBus(bus);
        } catch (NoSuchBusException e) {
            // i2c-tools' line, with what i2ckit knows in parentheses (one line, as the parity suite wants)
            s.err().printf("Error: Could not open file `/dev/i2c-%s' or `/dev/i2c/%s': %s (%s)%n", bus, bus,
                    Errno.text(Errno.ENOENT), Files.isDirectory(s.buses().sysRoot().resolve("class/i2c-dev")) ? e.detail()
                            : "i2c-dev is not loaded: sudo modprobe i2c-dev; i2ckit's own commands load it themselves");
        } catch (PermissionException e) {
            s.err().printf("Error: Could not open file `/dev/i2c-%s': %s%n", bus, Errno.text(e.errno()));
            if (e.errno() == Errno.EACCES) {
                s.err().println("Run as root?");
            }
        } catch (I2cException e) {
            s.err().printf("Error: Could not open file `/dev/i2c-%s': %s%n", bus, e.detail());
        }
        return null;
    }

    /** The bus named first after the options; null after "No i2c-bus specified!" or why it is not one. */
    static String busArgument(Session s, List<String> rest) {
        if (rest.isEmpty()) {
            s.err().println("Error: No i2c-bus specified!");
            return null;
        }
        return lookupBus(s, rest.get(0));
    }

    /** A bus, as {@link #lookupBus} names it, and a chip address on it. */
    record Chip(String bus, int address) {
    }

    /** The bus of {@code args[0]} and the chip address of {@code args[1]}; null after printing why not. */
    static Chip chip(Session s, List<String> args, boolean all) {
        String bus = lookupBus(s, args.get(0));
        if (bus == null) {
            return null;
        }
        int address = parseAddress(s, args.get(1), all);
        return address < 0 ? null : new Chip(bus, address);
    }

    /** A chip address in 0x08-0x77, or 0x00-0x7f with {@code all}; -1 after printing why not. */
    static int parseAddress(Session s, String arg, boolean all) {
        CNumber n = CNumber.strtol(arg);
        if (!n.consumedAll(arg)) {
            s.err().println("Error: Chip address is not a number!");
            return -1;
        }
        long min = all ? 0x00 : 0x08;
        long max = all ? 0x7f : 0x77;
        if (n.value() < min || n.value() > max) {
            s.err().printf("Error: Chip address out of range (0x%02x-0x%02x)!%n", min, max);
            return -1;
        }
        return (int) n.value();
    }

    /**
     * Refuses a write to an address the board protects (its ID EEPROM, a PC's memory SPD)
     * unless {@value ToolArgs#ALLOW_PROTECTED} was given; -f does not do it, since scripts pass -f
     * to get past a kernel driver and must not lose this protection with it. True when the write
     * may go ahead.
     */
    public static boolean mayWrite(Session s, I2cBus bus, int address, boolean allowProtected) {
        var what = s.protection(bus, address);
        if (what.isEmpty() || allowProtected) {
            return true;
        }
        s.err().printf("Error: 0x%02x on %s is %s; add %s to write it anyway (-f only talks past a kernel driver)%n",
                address, bus.devicePath(), what.get(), ToolArgs.ALLOW_PROTECTED);
        return false;
    }

    /**
     * The bus held for the whole command (selecting the address, the transfers, a readback: one
     * lock round, and no other i2ckit process between them), or null when there is no bus or the
     * command will ask a person first ({@code Continue?}): nobody waits on a prompt holding the bus.
     */
    static BusLock holdUnlessAsking(I2cBus bus, boolean yes) {
        return bus != null && yes ? bus.lock() : null;
    }

    /** Selects the address; null after printing why not (a kernel driver owns it, say). */
    static I2cDevice select(Session s, I2cBus bus, int address, DeviceOptions options) {
        try {
            return bus.device(address, options);
        } catch (BusyException e) {
            s.err().printf("Error: Could not set address to 0x%02x: %s%n", address, Errno.text(Errno.EBUSY));
        } catch (I2cException e) {
            s.err().printf("Error: Could not set address to 0x%02x: %s%n", address, e.detail());
        }
        return null;
    }

    /**
     * i2c-tools' prompt: "Continue? [Y/n] " ([y/N] when no is the default), the answer, and
     * "Aborting on user request." when it is no; true to go on.
     */
    static boolean proceed(Session s, boolean byDefault) {
        return proceed(s, byDefault ? "Y/n" : "y/N", () -> ack(s, byDefault));
    }

    /** The same prompt with another way of reading the answer (i2cdetect reads one character). */
    static boolean proceed(Session s, String choices, java.util.function.BooleanSupplier answer) {
        s.err().print("Continue? [" + choices + "] ");
        if (answer.getAsBoolean()) {
            return true;
        }
        s.err().println("Aborting on user request.");
        return false;
    }

    /**
     * i2c-tools' {@code user_ack}: the first character of the answer line decides (y/Y yes, n/N
     * no, anything else the default); no answer at all is no.
     */
    static boolean ack(Session s, boolean byDefault) {
        s.err().flush();
        try {
            int c = s.in().read();
            if (c < 0) {
                return false;
            }
            boolean yes = c == 'y' || c == 'Y' || (c != 'n' && c != 'N' && byDefault);
            while (c != '\n') {
                c = s.in().read();
                if (c < 0) {
                    return false;
                }
            }
            return yes;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Ends a program's capability check: with the transaction the adapter lacks ({@code missing},
     * null when none), i2c-tools' error; else the PEC warning where it applies. True to go on.
     */
    static boolean capable(Session s, I2cBus bus, String missing, boolean pec) {
        if (missing != null) {
            s.err().printf("Error: Adapter does not have %s capability%n", missing);
            return false;
        }
        warnPec(s, bus, pec);
        return true;
    }

    /** "Warning: Adapter does not seem to support PEC" when the kernel would ignore PEC. */
    static void warnPec(Session s, I2cBus bus, boolean pec) {
        if (pec && !io.i2ckit.core.spi.AbstractI2cBus.pecEffective(bus.functionality())) {
            s.err().println("Warning: Adapter does not seem to support PEC");
        }
    }

    /** Prints a library failure that happened mid-operation as one line. */
    static void describe(PrintWriter err, String prefix, I2cException e) {
        err.println(prefix + ": " + e.getMessage());
    }
}
