// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import java.util.Optional;

/** No such bus: the device node is missing, or no adapter matches the name given. */
public class NoSuchBusException extends I2cException {

    /** Why the word named no bus, so that each face can say it in its own words (i2c-tools' for the drop-ins). */
    public enum Reason {
        /** No adapter, board bus or provided bus has that name or number. */
        UNKNOWN_NAME,
        /** More than one adapter carries that name. */
        NOT_UNIQUE,
        /** A bus number beyond what i2c-tools accepts. */
        OUT_OF_RANGE,
        /** The board has that bus, but it is not enabled (no adapter carries it). */
        NOT_ENABLED,
        /** The name is another board's header pin. */
        OTHER_BOARDS_NAME,
        /** The adapter is there but its device node is not (i2c-dev not loaded), or the node named is missing. */
        NO_DEVICE_NODE
    }

    private final Reason reason;
    private final String hint;

    public NoSuchBusException(String operation, String bus, int errno) {
        super(operation, bus, NO_ADDRESS, errno, Errno.text(errno)
                + ": is the i2c-dev module loaded (sudo modprobe i2c-dev)? List the buses with 'i2ckit detect -l'");
        this.reason = Reason.NO_DEVICE_NODE;
        this.hint = null;
    }

    /** A bus that cannot be found by the name given; {@code detail} names it. */
    public NoSuchBusException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    /** As above, with a hint of what the word may have meant, which {@code detail} ends with. */
    public NoSuchBusException(Reason reason, String detail, String hint) {
        super(null, null, NO_ADDRESS, Errno.ENOENT, detail);
        this.reason = reason;
        this.hint = hint;
    }

    public Reason reason() {
        return reason;
    }

    /** What the word may have meant (another board's header pin), if anything. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** This exception with {@code more} added to its detail, as a resolver that knows more says it. */
    public NoSuchBusException adding(String more) {
        return new NoSuchBusException(reason, detail() + more, hint);
    }
}
