// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import java.nio.ByteBuffer;

/**
 * The i2c-dev ioctl structs of {@code include/uapi/linux/i2c.h} and {@code i2c-dev.h}, laid out
 * for one {@link Abi} and encoded byte by byte (pointers as addresses of the ABI's width):
 * <pre>
 * struct i2c_msg { __u16 addr; __u16 flags; __u16 len; __u8 *buf; };
 * struct i2c_rdwr_ioctl_data { struct i2c_msg *msgs; __u32 nmsgs; };
 * struct i2c_smbus_ioctl_data { __u8 read_write; __u8 command; __u32 size; union i2c_smbus_data *data; };
 * </pre>
 */
public final class I2cDevStructs {
    /** ioctl request numbers: plain numbers, not _IOC-encoded. */
    public static final int I2C_RETRIES = 0x0701;
    public static final int I2C_TIMEOUT = 0x0702;
    public static final int I2C_SLAVE = 0x0703;
    public static final int I2C_TENBIT = 0x0704;
    public static final int I2C_FUNCS = 0x0705;
    public static final int I2C_SLAVE_FORCE = 0x0706;
    public static final int I2C_RDWR = 0x0707;
    public static final int I2C_PEC = 0x0708;
    public static final int I2C_SMBUS = 0x0720;

    private static final java.util.Map<Abi, I2cDevStructs> MADE = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last asked for: a record's hashCode and equals are slow before the JIT's last tier, and one ABI is the rule. */
    private static volatile I2cDevStructs last;

    private final Abi abi;
    private final StructLayout msg;
    private final StructLayout rdwr;
    private final StructLayout smbus;

    public I2cDevStructs(Abi abi) {
        this.abi = abi;
        int ptr = abi.pointerSize();
        this.msg = StructLayout.struct("i2c_msg")
                .field("addr", 2).field("flags", 2).field("len", 2).field("buf", ptr).build();
        this.rdwr = StructLayout.struct("i2c_rdwr_ioctl_data")
                .field("msgs", ptr).field("nmsgs", 4).build();
        this.smbus = StructLayout.struct("i2c_smbus_ioctl_data")
                .field("read_write", 1).field("command", 1).field("size", 4).field("data", ptr).build();
    }

    /** The layouts for {@code abi}, made once a process (a resident engine opens a bus per command). */
    public static I2cDevStructs of(Abi abi) {
        I2cDevStructs s = last;
        if (s == null || s.abi != abi) {
            s = MADE.computeIfAbsent(abi, I2cDevStructs::new);
            last = s;
        }
        return s;
    }

    public Abi abi() {
        return abi;
    }

    public StructLayout msg() {
        return msg;
    }

    public StructLayout rdwr() {
        return rdwr;
    }

    public StructLayout smbus() {
        return smbus;
    }

    /** Size of what I2C_FUNCS writes: an unsigned long. */
    public int funcsSize() {
        return abi.longSize();
    }

    /** Writes one {@code struct i2c_msg} at {@code base} of {@code out}. */
    public void putMsg(ByteBuffer out, int base, int addr, int flags, int len, long buf) {
        out.order(abi.byteOrder());
        out.putShort(base + msg.offset("addr"), (short) addr);
        out.putShort(base + msg.offset("flags"), (short) flags);
        out.putShort(base + msg.offset("len"), (short) len);
        putPointer(out, base + msg.offset("buf"), buf);
    }

    public byte[] rdwrData(long msgs, int nmsgs) {
        ByteBuffer out = ByteBuffer.allocate(rdwr.size()).order(abi.byteOrder());
        putPointer(out, rdwr.offset("msgs"), msgs);
        out.putInt(rdwr.offset("nmsgs"), nmsgs);
        return out.array();
    }

    public byte[] smbusData(int readWrite, int command, int size, long data) {
        ByteBuffer out = ByteBuffer.allocate(smbus.size()).order(abi.byteOrder());
        out.put(smbus.offset("read_write"), (byte) readWrite);
        out.put(smbus.offset("command"), (byte) command);
        out.putInt(smbus.offset("size"), size);
        putPointer(out, smbus.offset("data"), data);
        return out.array();
    }

    /** Reads the unsigned long I2C_FUNCS wrote. */
    public long funcs(byte[] raw) {
        ByteBuffer in = ByteBuffer.wrap(raw).order(abi.byteOrder());
        return abi.longSize() == 8 ? in.getLong(0) : in.getInt(0) & 0xffff_ffffL;
    }

    private void putPointer(ByteBuffer out, int offset, long address) {
        if (abi.pointerSize() == 8) {
            out.putLong(offset, address);
        } else {
            out.putInt(offset, (int) address);
        }
    }
}
