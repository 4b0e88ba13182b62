// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * The root of every failure on an I2C bus. Carries what was attempted, on which bus and address,
 * and the errno the kernel (or the simulated adapter) returned, so callers can react to the kind
 * of failure and users read one sentence that says what happened and what to do.
 */
public class I2cException extends RuntimeException {
    /** Marks an exception that is not about one address. */
    public static final int NO_ADDRESS = -1;

    private final String operation;
    private final String bus;
    private final int address;
    private final int errno;
    private final String detail;

    public I2cException(String operation, String bus, int address, int errno, String detail, Throwable cause) {
        super(detail, cause);
        this.operation = operation;
        this.bus = bus;
        this.address = address;
        this.errno = errno;
        this.detail = detail;
    }

    public I2cException(String operation, String bus, int address, int errno, String detail) {
        this(operation, bus, address, errno, detail, null);
    }

    /**
     * Wraps an errno returned by the kernel into the exception of its kind. This is the single
     * place where native error numbers become Java types.
     */
    public static I2cException fromErrno(String operation, String bus, int address, int errno) {
        return switch (errno) {
            case Errno.ENXIO, Errno.EREMOTEIO, Errno.ENODEV ->
                    new NoAcknowledgeException(operation, bus, address, errno);
            case Errno.EBUSY -> new BusyException(operation, bus, address);
            case Errno.EACCES, Errno.EPERM -> new PermissionException(operation, bus, errno);
            case Errno.ENOENT -> new NoSuchBusException(operation, bus, errno);
            case Errno.EOPNOTSUPP -> new UnsupportedCapabilityException(operation, bus, address, null, null);
            case Errno.ETIMEDOUT -> new I2cTimeoutException(operation, bus, address,
                    "the bus timed out (" + Errno.text(errno) + "): is SCL or SDA held low?", null);
            default -> new I2cIoException(operation, bus, address, errno);
        };
    }

    /** What was attempted, such as "read byte data". */
    public String operation() {
        return operation;
    }

    /** The bus name, such as "i2c-1" or "sim"; null when no bus was involved. */
    public String bus() {
        return bus;
    }

    /** The 7-bit (or 10-bit) address involved, or {@link #NO_ADDRESS}. */
    public int address() {
        return address;
    }

    /** The errno behind the failure, or 0 when it did not come from the kernel. */
    public int errno() {
        return errno;
    }

    /** The explanation alone, without operation, bus and address. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder();
        if (operation != null) {
            sb.append(operation);
        }
        if (address != NO_ADDRESS) {
            sb.append(sb.length() > 0 ? " at " : "").append(String.format("0x%02x", address));
        }
        if (bus != null) {
            sb.append(sb.length() > 0 ? " on " : "").append(bus);
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        return sb.append(detail).toString();
    }
}
