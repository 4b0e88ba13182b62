// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * One address on a bus, with the SMBus transactions of libi2c and a few plain-I2C helpers.
 * The caller chooses the transaction, as i2cset makes its user choose a mode: nothing here
 * guesses from capability bits. An adapter that lacks a transaction fails with
 * {@link UnsupportedCapabilityException} naming it, before anything reaches the wire.
 *
 * <p>Wire formats use the SMBus notation: {@code S} start, {@code Sr} repeated start, {@code P}
 * stop, {@code Wr}/{@code Rd} the direction bit, {@code [A]} acknowledge from the chip,
 * {@code A}/{@code NA} acknowledge or not from the host, {@code [..]} bytes the chip sends.
 * With PEC on, a PEC byte goes before the final {@code P} (or {@code NA P}); on an adapter
 * with neither SMBus PEC nor plain I2C the kernel ignores PEC, and so does the simulator.
 */
public interface I2cDevice {

    I2cBus bus();

    int address();

    DeviceOptions options();

    /** SMBus quick command, a lone direction bit: {@code S Addr Rd/Wr [A] P}. */
    void quick(boolean read);

    /** SMBus receive byte: {@code S Addr Rd [A] [Data] NA P}. */
    int receiveByte();

    /** SMBus send byte: {@code S Addr Wr [A] Data [A] P}. */
    void sendByte(int value);

    /** SMBus read byte: {@code S Addr Wr [A] Comm [A] Sr Addr Rd [A] [Data] NA P}. */
    int readByteData(int command);

    /** SMBus write byte: {@code S Addr Wr [A] Comm [A] Data [A] P}. */
    void writeByteData(int command, int value);

    /**
     * SMBus read word, low byte first:
     * {@code S Addr Wr [A] Comm [A] Sr Addr Rd [A] [DataLow] A [DataHigh] NA P}.
     */
    int readWordData(int command);

    /** SMBus write word, low byte first: {@code S Addr Wr [A] Comm [A] DataLow [A] DataHigh [A] P}. */
    void writeWordData(int command, int value);

    /**
     * SMBus process call, a word out and a word back:
     * {@code S Addr Wr [A] Comm [A] DataLow [A] DataHigh [A] Sr Addr Rd [A] [DataLow] A [DataHigh] NA P}.
     */
    int processCall(int command, int value);

    /**
     * SMBus block read, the chip chooses the length (1 to 32):
     * {@code S Addr Wr [A] Comm [A] Sr Addr Rd [A] [Count] A [Data] A ... [Data] NA P}.
     */
    byte[] readBlockData(int command);

    /** SMBus block write, 0 to 32 bytes: {@code S Addr Wr [A] Comm [A] Count [A] Data [A] ... Data [A] P}. */
    void writeBlockData(int command, byte[] data);

    /**
     * SMBus block process call, a block out and a block back (together at most 32 bytes each):
     * {@code S Addr Wr [A] Comm [A] Count [A] Data [A] ... Sr Addr Rd [A] [Count] A [Data] ... NA P}.
     */
    byte[] blockProcessCall(int command, byte[] data);

    /**
     * I2C block read, the host chooses the length (1 to 32), no count byte on the wire:
     * {@code S Addr Wr [A] Comm [A] Sr Addr Rd [A] [Data] A [Data] A ... [Data] NA P}.
     */
    byte[] readI2cBlockData(int command, int length);

    /** I2C block write, 1 to 32 bytes, no count byte: {@code S Addr Wr [A] Comm [A] Data [A] ... Data [A] P}. */
    void writeI2cBlockData(int command, byte[] data);

    /** Plain I2C read through {@code I2C_RDWR}: {@code S Addr Rd [A] [Data] A ... [Data] NA P}. */
    default byte[] read(int length) {
        I2cMessage m = I2cMessage.of(address(), I2cMessage.READ | tenBitFlag(), new byte[length]);
        bus().transfer(m);
        return m.data();
    }

    /** Plain I2C write through {@code I2C_RDWR}: {@code S Addr Wr [A] Data [A] ... Data [A] P}. */
    default void write(byte... data) {
        bus().transfer(I2cMessage.of(address(), tenBitFlag(), data));
    }

    /**
     * Plain I2C write then read in one transfer, joined by a repeated start (how most chips are
     * read from a register or memory offset):
     * {@code S Addr Wr [A] Data [A] ... Sr Addr Rd [A] [Data] A ... [Data] NA P}.
     */
    default byte[] writeRead(byte[] out, int readLength) {
        I2cMessage w = I2cMessage.of(address(), tenBitFlag(), out);
        I2cMessage r = I2cMessage.of(address(), I2cMessage.READ | tenBitFlag(), new byte[readLength]);
        bus().transfer(w, r);
        return r.data();
    }

    private int tenBitFlag() {
        return options().tenBit() ? I2cMessage.TEN_BIT : 0;
    }
}
