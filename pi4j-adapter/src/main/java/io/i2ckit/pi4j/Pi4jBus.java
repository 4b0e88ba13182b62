// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.pi4j;

import com.pi4j.exception.Pi4JException;
import com.pi4j.io.i2c.I2C;
import io.i2ckit.core.BusClock;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Errno;
import io.i2ckit.core.Functionality;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.NoAcknowledgeException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.UnsupportedCapabilityException;
import io.i2ckit.core.spi.AbstractI2cBus;
import io.i2ckit.core.spi.BusLocks;
import io.i2ckit.core.spi.SmbusData;
import io.i2ckit.core.spi.SmbusSize;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An i2ckit bus over Pi4J I2C devices a program already holds, so i2ckit's drivers (the EEPROM
 * driver, the fan programmer) work inside a Pi4J program. Other addresses (a 24C04's second
 * block address) are opened through the held device's provider on the same bus and closed
 * with this bus.
 *
 * <p>Pi4J's I2C has byte reads and writes and register reads and writes, so the bus offers
 * plain I2C for one message or a write-then-read pair to one address (through
 * {@link I2C#writeRead}, which is a repeated start only where the provider makes it one; Pi4J's
 * own providers make two transactions of it), and the SMBus byte, byte-data, word-data and
 * I2C-block transactions. Quick commands, SMBus blocks and process calls it cannot do.
 */
public final class Pi4jBus extends AbstractI2cBus {
    private static final Functionality CAN = Functionality.of(Capability.I2C, Capability.SMBUS_RECEIVE_BYTE,
            Capability.SMBUS_SEND_BYTE, Capability.SMBUS_READ_BYTE, Capability.SMBUS_WRITE_BYTE,
            Capability.SMBUS_READ_WORD, Capability.SMBUS_WRITE_WORD, Capability.I2C_BLOCK_READ,
            Capability.I2C_BLOCK_WRITE);

    private final I2C first;
    private final Map<Integer, I2C> held = new HashMap<>();
    private final Map<Integer, I2C> opened = new HashMap<>();

    private Pi4jBus(I2C first) {
        super("pi4j-" + first.bus(), "Pi4J I2C bus " + first.bus() + " (" + first.provider().id() + ")", CAN,
                BusClock.SYSTEM, new BusLocks("pi4j-" + first.bus(), null, Duration.ofSeconds(10)));
        this.first = first;
    }

    /** A bus of the bus number {@code devices} are on; they must all be on one. */
    public static Pi4jBus wrap(I2C... devices) {
        if (devices.length == 0) {
            throw new IllegalArgumentException("wrap at least one Pi4J I2C");
        }
        Pi4jBus bus = new Pi4jBus(devices[0]);
        for (I2C d : devices) {
            if (d.bus() != devices[0].bus()) {
                throw new IllegalArgumentException("Pi4J I2C devices on buses " + devices[0].bus() + " and " + d.bus()
                        + " are not one bus");
            }
            bus.held.put(d.device(), d);
        }
        return bus;
    }

    private synchronized I2C at(int address) {
        I2C d = held.get(address);
        if (d == null) {
            d = opened.computeIfAbsent(address, a -> pi4j("open", a, () -> first.provider().create(first.bus(), a)));
        }
        return d;
    }

    @Override
    protected void select(int address, DeviceOptions options) {
        if (options.pec() || options.tenBit()) {
            throw new UnsupportedCapabilityException("select address", name(), address, adapterName(),
                    options.pec() ? Capability.SMBUS_PEC : Capability.TEN_BIT_ADDRESSING);
        }
        at(address);
    }

    @Override
    protected void doSmbus(int address, DeviceOptions options, int readWrite, int command, SmbusSize size,
                           SmbusData data) {
        I2C d = at(address);
        boolean read = readWrite == SmbusSize.READ;
        pi4j(size.operation(readWrite), address, () -> {
            switch (size) {
                case BYTE -> {
                    if (read) {
                        data.setByte(d.read() & 0xff);
                    } else {
                        d.write((byte) command);
                    }
                }
                case BYTE_DATA -> {
                    if (read) {
                        data.setByte(d.readRegister(command) & 0xff);
                    } else {
                        d.writeRegister(command, (byte) data.byteValue());
                    }
                }
                case WORD_DATA -> {
                    byte[] w = new byte[2];
                    if (read) {
                        d.readRegister(command, w, 0, 2);
                        data.setWord((w[0] & 0xff) | (w[1] & 0xff) << 8);
                    } else {
                        w[0] = (byte) data.word();
                        w[1] = (byte) (data.word() >> 8);
                        d.writeRegister(command, w, 0, 2);
                    }
                }
                case I2C_BLOCK_DATA -> {
                    if (read) {
                        byte[] buffer = new byte[data.blockLength()];
                        d.readRegister(command, buffer, 0, buffer.length);
                        data.setBlock(buffer);
                    } else {
                        byte[] block = data.block();
                        d.writeRegister(command, block, 0, block.length);
                    }
                }
                default -> throw new UnsupportedCapabilityException(size.operation(readWrite), name(), address,
                        adapterName(), size.capability(readWrite));
            }
            return null;
        });
    }

    @Override
    protected int doTransfer(I2cMessage[] messages) {
        int address = messages[0].address();
        boolean single = messages.length == 1;
        boolean pair = messages.length == 2 && !messages[0].has(I2cMessage.READ) && messages[1].has(I2cMessage.READ)
                && messages[1].address() == address;
        boolean plainFlags = Arrays.stream(messages).allMatch(m -> (m.flags() & ~I2cMessage.READ) == 0);
        if (!(single || pair) || !plainFlags) {
            throw new I2cIoException("transfer", name(), address, Errno.EOPNOTSUPP, "a Pi4J I2C does one message or a "
                    + "write-then-read pair to its own address, with no flags; this transfer has " + messages.length
                    + " messages");
        }
        I2C d = at(address);
        pi4j("transfer", address, () -> {
            if (pair) {
                d.writeRead(messages[0].buffer(), messages[1].buffer());
            } else if (messages[0].has(I2cMessage.READ)) {
                d.read(messages[0].buffer(), 0, messages[0].length());
            } else {
                d.write(messages[0].buffer(), 0, messages[0].length());
            }
            return null;
        });
        return messages.length;
    }

    @Override
    protected synchronized void doClose() {
        opened.values().forEach(I2C::close);
        opened.clear();
    }

    private interface Call<T> {
        T run();
    }

    /**
     * Pi4J's failures as i2ckit's: the i2ckit failure itself when the device is i2ckit's own; else
     * no acknowledge when the message says so (the EEPROM driver polls a write cycle out on it),
     * else an I/O error with Pi4J's words.
     */
    private <T> T pi4j(String operation, int address, Call<T> call) {
        try {
            return call.run();
        } catch (Pi4JException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof I2cException own) {
                    throw own;
                }
            }
            String words = String.valueOf(e.getMessage());
            if (words.contains("Remote I/O") || words.contains("No such device or address")) {
                throw new NoAcknowledgeException(operation, name(), address, Errno.EREMOTEIO);
            }
            throw new I2cIoException(operation, name(), address, Errno.EIO, "Pi4J: " + words);
        }
    }
}
