// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.boardprofiles;

import io.i2ckit.core.AdapterInfo;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.NoSuchBusException;
import io.i2ckit.core.NoSuchBusException.Reason;
import io.i2ckit.core.spi.BusProvider;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one road from a word a user typed to a bus, for every face of i2ckit (the commands, the
 * drop-ins, the diozero and Pi4J adapters, the studio, the examples). In order:
 * <ol>
 * <li>a provided bus, by its name ({@code sim}, when the simulator is on the class path);</li>
 * <li>a Linux bus as i2c-tools names it: a number, a device node, an adapter's exact name;</li>
 * <li>this board's name for a bus: a hardware name ({@code i2c2}, {@code I2C2}) or a header pin
 *     ({@code P9_19}, {@code pin3}).</li>
 * </ol>
 * Every failure is a {@link NoSuchBusException} whose {@link Reason} says why, so each face words
 * it its own way (the drop-ins in i2c-tools' words).
 */
public final class BusResolver {
    private static volatile List<BusProvider> providers;

    private final BusEnvironment env;
    private final Supplier<Board> board;

    /** A resolver for {@code env}, detecting the board when a word first needs it. */
    public BusResolver(BusEnvironment env) {
        this(env, once(() -> Board.detect(env)));
    }

    /** A resolver for {@code env} on {@code board} (asked for only when a word needs it). */
    public BusResolver(BusEnvironment env, Supplier<Board> board) {
        this.env = env;
        this.board = board;
    }

    /** The buses that are no Linux adapter, found on the class path: the simulator's {@code sim}. */
    public static List<BusProvider> providers() {
        List<BusProvider> p = providers;
        if (p == null) {
            p = ServiceLoader.load(BusProvider.class, BusResolver.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).toList();
            providers = p;
        }
        return p;
    }

    /** The provided bus {@code word} names, if any. */
    public static Optional<BusProvider> provider(String word) {
        return providers().stream().filter(p -> p.name().equals(word)).findFirst();
    }

    /**
     * What {@code word} names, as {@link #open} takes it: a provided bus's name, a device node, or
     * a bus number as text (an adapter's name or a board's name for a bus becomes its number).
     *
     * @throws NoSuchBusException when it names no bus here, with the reason
     */
    public String resolve(String word) {
        if (provider(word).isPresent() || word.startsWith("/") || I2cBuses.parseNumber(word).isPresent()) {
            return word;
        }
        try {
            return Integer.toString(I2cBuses.numberOfAdapterNamed(env, word)); // not unique: its error
        } catch (NoSuchBusException notAnAdapter) {
            if (notAnAdapter.reason() != Reason.UNKNOWN_NAME) {
                throw notAnAdapter;
            }
        }
        Board b = board.get();
        Optional<String> elsewhere = b.otherBoardsName(word);
        if (elsewhere.isPresent()) {
            throw new NoSuchBusException(Reason.OTHER_BOARDS_NAME,
                    "no I2C bus is called '" + word + "' here: " + elsewhere.get(), elsewhere.get());
        }
        Optional<AdapterInfo> onBoard;
        try {
            onBoard = b.resolve(word);
        } catch (IllegalStateException notEnabled) {
            throw new NoSuchBusException(Reason.NOT_ENABLED, notEnabled.getMessage());
        }
        if (onBoard.isPresent()) {
            return Integer.toString(onBoard.get().number());
        }
        throw new NoSuchBusException(Reason.UNKNOWN_NAME, "no I2C bus is called '" + word + "': "
                + I2cBuses.describeBuses(env) + alsoProvided());
    }

    /** True when {@code resolved} (from {@link #resolve}) is a provided bus: no kernel module serves it. */
    public static boolean isProvided(String resolved) {
        return provider(resolved).isPresent();
    }

    /** Opens the bus {@code word} names. */
    public I2cBus open(String word) {
        return open(word, false);
    }

    /**
     * Opens the bus {@code word} names; {@code realTime} when the caller waits on the wall clock
     * (another library's drivers), which a simulated bus must then keep up with.
     */
    public I2cBus open(String word, boolean realTime) {
        String resolved = resolve(word);
        Optional<BusProvider> provided = provider(resolved);
        if (provided.isPresent()) {
            return provided.get().open(env, realTime);
        }
        try {
            return I2cBuses.open(resolved, env);
        } catch (NoSuchBusException e) {
            throw e.reason() == Reason.UNKNOWN_NAME ? e.adding(alsoProvided()) : e; // a number no adapter has
        }
    }

    /** The provided buses, as the end of a sentence listing buses: "; 'sim' is the simulated bus". */
    private static String alsoProvided() {
        return providers().stream().map(p -> "; '" + p.name() + "' is " + p.description())
                .collect(Collectors.joining());
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
