// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * An open I2C bus: a Linux {@code /dev/i2c-N} adapter or the simulator. It has two faces, as
 * i2c-dev has: {@link #transfer} for raw I2C messages (each with its own address), and the SMBus
 * transactions of the {@link I2cDevice} that {@link #device} selects.
 *
 * <p>Each transaction holds the bus lock for its duration; wrap multi-step work in
 * {@link #lock()} to keep other threads and other i2ckit processes out in between.
 */
public interface I2cBus extends AutoCloseable {

    /** The bus name used in messages: "i2c-1", or "sim". */
    String name();

    /** Where the bus was opened: the device node, such as "/dev/i2c-1", or the bus name if it has none. */
    default String devicePath() {
        return name();
    }

    /** The adapter's own name, as the kernel reports it, such as "SMBus stub driver". */
    String adapterName();

    /** What the adapter can do, read once when the bus was opened. */
    Functionality functionality();

    /**
     * Selects {@code address} for SMBus transactions ({@code I2C_SLAVE}).
     *
     * @throws BusyException when a kernel driver owns the address (i2cdetect's {@code UU})
     */
    default I2cDevice device(int address) {
        return device(address, DeviceOptions.DEFAULT);
    }

    /**
     * Selects {@code address} with the given options; {@link DeviceOptions#force()} selects it
     * even when a kernel driver owns it ({@code I2C_SLAVE_FORCE}).
     *
     * @throws BusyException when a kernel driver owns the address and force is off
     */
    I2cDevice device(int address, DeviceOptions options);

    /**
     * Runs {@code messages} as one combined transfer ({@code I2C_RDWR}): a start, each message
     * after a repeated start, one stop at the end. Read messages are filled in place. Does not
     * check whether a kernel driver owns the addresses; callers that care select them first.
     *
     * @return how many messages the adapter completed (fewer only with {@link I2cMessage#IGNORE_NAK})
     * @throws UnsupportedCapabilityException when the adapter cannot do plain I2C, or a flag used
     * @throws IllegalArgumentException for no messages, more than 42, or one longer than 8192 bytes
     */
    int transfer(I2cMessage... messages);

    /** Takes the bus for a multi-step operation; see {@link BusLock}. */
    BusLock lock();

    /** The clock this bus runs on; retry deadlines and waits go through it. */
    BusClock clock();

    /** Closes the bus; devices selected on it stop working. */
    @Override
    void close();
}
