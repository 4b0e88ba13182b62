// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cIoException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.spi.SmbusData;
import io.i2ckit.core.spi.SmbusSize;

import java.util.Arrays;

/**
 * SMBus transactions as the I2C messages the kernel turns them into for a plain-I2C adapter
 * (the emulation of {@code i2c-core-smbus.c}), so the simulated chips see exactly the bytes
 * real chips see. With PEC, a CRC byte follows the last write byte, and a read asks for one
 * more byte and checks it; a chip that does not speak PEC fails that check (EBADMSG).
 */
final class SmbusEmulation {
    private SmbusEmulation() {
    }

    static void run(Wire wire, String bus, int address, DeviceOptions options, int readWrite, int command,
                    SmbusSize size, SmbusData data) {
        String operation = size.operation(readWrite);
        boolean read = readWrite == SmbusSize.READ;
        int ten = options.tenBit() ? I2cMessage.TEN_BIT : 0;
        boolean pec = options.pec() && size != SmbusSize.QUICK && size != SmbusSize.I2C_BLOCK_DATA;
        byte[] out;
        int in = -1; // bytes to read; -1 when the transaction is write-only
        boolean block = false;
        switch (size) {
            case QUICK -> {
                run(wire, operation, bus, new I2cMessage[] {
                        I2cMessage.of(address, (read ? I2cMessage.READ : 0) | ten, new byte[0])});
                return;
            }
            case BYTE -> {
                if (read) {
                    I2cMessage r = I2cMessage.of(address, I2cMessage.READ | ten, new byte[pec ? 2 : 1]);
                    run(wire, operation, bus, new I2cMessage[] {r});
                    checkPec(operation, bus, address, pec, 0, r);
                    data.setByte(r.buffer()[0] & 0xff);
                    return;
                }
                out = new byte[] {(byte) command};
            }
            case BYTE_DATA -> {
                out = read ? new byte[] {(byte) command} : new byte[] {(byte) command, (byte) data.byteValue()};
                in = read ? 1 : -1;
            }
            case WORD_DATA -> {
                out = read ? new byte[] {(byte) command}
                        : new byte[] {(byte) command, (byte) data.word(), (byte) (data.word() >> 8)};
                in = read ? 2 : -1;
            }
            case PROC_CALL -> {
                out = new byte[] {(byte) command, (byte) data.word(), (byte) (data.word() >> 8)};
                in = 2;
            }
            case BLOCK_DATA -> {
                if (read) {
                    out = new byte[] {(byte) command};
                    block = true;
                } else {
                    out = prefixed(command, data.raw(), data.blockLength() + 1);
                }
            }
            case BLOCK_PROC_CALL -> {
                out = prefixed(command, data.raw(), data.blockLength() + 1);
                block = true;
            }
            case I2C_BLOCK_DATA -> {
                if (read) {
                    out = new byte[] {(byte) command};
                    in = data.blockLength();
                } else {
                    out = prefixed(command, Arrays.copyOfRange(data.raw(), 1, 1 + data.blockLength()),
                            data.blockLength());
                }
            }
            default -> throw new I2cIoException(operation, bus, address, Errno.EOPNOTSUPP);
        }
        boolean hasRead = in >= 0 || block;
        if (pec && !hasRead) {
            int crc = Pec.update(Pec.update(0, address << 1), out, out.length);
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = (byte) crc;
        }
        I2cMessage w = I2cMessage.of(address, ten, out);
        if (!hasRead) {
            run(wire, operation, bus, new I2cMessage[] {w});
            return;
        }
        I2cMessage r;
        if (block) {
            byte[] buf = new byte[1 + SmbusData.BLOCK_MAX + 1];
            buf[0] = (byte) (pec ? 2 : 1);
            r = I2cMessage.of(address, I2cMessage.READ | I2cMessage.RECV_LEN | ten, buf);
        } else {
            r = I2cMessage.of(address, I2cMessage.READ | ten, new byte[in + (pec ? 1 : 0)]);
        }
        run(wire, operation, bus, new I2cMessage[] {w, r});
        int partial = pec ? Pec.update(Pec.update(0, address << 1), out, out.length) : 0;
        checkPec(operation, bus, address, pec, partial, r);
        byte[] got = r.buffer();
        switch (size) {
            case BYTE_DATA -> data.setByte(got[0] & 0xff);
            case WORD_DATA, PROC_CALL -> data.setWord((got[0] & 0xff) | (got[1] & 0xff) << 8);
            case I2C_BLOCK_DATA -> System.arraycopy(got, 0, data.raw(), 1, in);
            default -> System.arraycopy(got, 0, data.raw(), 0, (got[0] & 0xff) + 1); // block: count then data
        }
    }

    private static void run(Wire wire, String operation, String bus, I2cMessage[] messages) {
        wire.run(operation, bus, messages);
    }

    /** {@code command} followed by the first {@code length} bytes of {@code rest}. */
    private static byte[] prefixed(int command, byte[] rest, int length) {
        byte[] out = new byte[1 + length];
        out[0] = (byte) command;
        System.arraycopy(rest, 0, out, 1, length);
        return out;
    }

    /** Checks the PEC byte ending read message {@code r}; {@code partial} covers the write before it. */
    private static void checkPec(String operation, String bus, int address, boolean pec, int partial, I2cMessage r) {
        if (!pec) {
            return;
        }
        byte[] buf = r.buffer();
        int length = r.has(I2cMessage.RECV_LEN) ? (buf[0] & 0xff) + 1 : buf.length - 1;
        int crc = Pec.update(Pec.update(partial, (address << 1) | 1), buf, length);
        if ((buf[length] & 0xff) != crc) {
            throw new I2cIoException(operation, bus, address, Errno.EBADMSG, String.format(
                    "bad PEC: received 0x%02x, computed 0x%02x (%s)", buf[length] & 0xff, crc,
                    Errno.text(Errno.EBADMSG)));
        }
    }
}
