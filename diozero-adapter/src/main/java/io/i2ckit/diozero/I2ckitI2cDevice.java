// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero;

import com.diozero.api.I2CDevice;
import com.diozero.api.I2CDeviceInterface;
import com.diozero.internal.spi.AbstractDevice;
import com.diozero.internal.spi.InternalI2CDeviceInterface;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.Probe;

import static io.i2ckit.diozero.DiozeroErrors.call;
import static io.i2ckit.diozero.DiozeroErrors.run;

/**
 * A diozero I2C device on an i2ckit bus. Each SMBus call is the i2ckit transaction of the same
 * name; {@link #readWrite} is one combined transfer with repeated starts between its messages;
 * {@link #readBytes} and {@link #writeBytes} are plain I2C messages. Nothing is emulated: an
 * adapter that lacks a transaction fails with diozero's {@link com.diozero.api.I2CException},
 * naming the bus and the missing capability.
 */
final class I2ckitI2cDevice extends AbstractDevice implements InternalI2CDeviceInterface {
    private final I2ckitDeviceFactory factory;
    private final int controller;
    private final int address;
    private final I2cBus bus;
    private final I2cDevice device;
    private final boolean tenBit;

    I2ckitI2cDevice(String key, I2ckitDeviceFactory factory, int controller, int address, boolean tenBit, I2cBus bus) {
        super(key, factory);
        this.factory = factory;
        this.controller = controller;
        this.address = address;
        this.bus = bus;
        this.tenBit = tenBit;
        this.device = call(() -> bus.device(address, DeviceOptions.DEFAULT.withTenBit(tenBit)));
    }

    @Override
    protected void closeDevice() {
        factory.released(controller);
    }

    @Override
    public int getController() {
        return controller;
    }

    @Override
    public int getAddress() {
        return address;
    }

    @Override
    public boolean probe(I2CDevice.ProbeMode mode) {
        Probe.Method method = switch (mode) {
            case QUICK -> Probe.Method.QUICK_WRITE;
            case READ -> Probe.Method.RECEIVE_BYTE;
            case AUTO -> Probe.usable(address, bus.functionality());
        };
        return call(() -> Probe.answers(device, method));
    }

    @Override
    public void writeQuick(byte bit) {
        run(() -> device.quick(bit != 0));
    }

    @Override
    public byte readByte() {
        return call(() -> (byte) device.receiveByte());
    }

    @Override
    public void writeByte(byte data) {
        run(() -> device.sendByte(data & 0xff));
    }

    @Override
    public byte readByteData(int register) {
        return call(() -> (byte) device.readByteData(register));
    }

    @Override
    public void writeByteData(int register, byte value) {
        run(() -> device.writeByteData(register, value & 0xff));
    }

    @Override
    public short readWordData(int register) {
        return call(() -> (short) device.readWordData(register));
    }

    @Override
    public void writeWordData(int register, short value) {
        run(() -> device.writeWordData(register, value & 0xffff));
    }

    @Override
    public short processCall(int register, short data) {
        return call(() -> (short) device.processCall(register, data & 0xffff));
    }

    @Override
    public byte[] readBlockData(int register) {
        return call(() -> device.readBlockData(register));
    }

    @Override
    public void writeBlockData(int register, byte... data) {
        run(() -> device.writeBlockData(register, data));
    }

    @Override
    public byte[] blockProcessCall(int register, byte... txData) {
        return call(() -> device.blockProcessCall(register, txData));
    }

    @Override
    public int readI2CBlockData(int register, byte[] buffer) {
        byte[] data = call(() -> device.readI2cBlockData(register, buffer.length));
        System.arraycopy(data, 0, buffer, 0, data.length);
        return data.length;
    }

    @Override
    public void writeI2CBlockData(int register, byte... data) {
        run(() -> device.writeI2cBlockData(register, data));
    }

    @Override
    public int readBytes(byte[] buffer) {
        byte[] data = call(() -> device.read(buffer.length));
        System.arraycopy(data, 0, buffer, 0, data.length);
        return data.length;
    }

    @Override
    public void writeBytes(byte... data) {
        run(() -> device.write(data));
    }

    /**
     * diozero's messages carry no address (they are all to this device) and share one buffer,
     * each taking its length in turn; read messages are filled in place.
     */
    @Override
    public void readWrite(I2CDeviceInterface.I2CMessage[] messages, byte[] buffer) {
        I2cMessage[] out = new I2cMessage[messages.length];
        int at = 0;
        for (int i = 0; i < messages.length; i++) {
            int length = messages[i].getLength();
            byte[] data = new byte[length];
            if (messages[i].isWrite()) {
                System.arraycopy(buffer, at, data, 0, length);
            }
            int flags = messages[i].getFlags() & (I2cMessage.READ | I2cMessage.NO_READ_ACK | I2cMessage.IGNORE_NAK
                    | I2cMessage.NO_START | I2cMessage.REVERSE_DIRECTION);
            out[i] = I2cMessage.of(address, flags | (tenBit ? I2cMessage.TEN_BIT : 0), data);
            at += length;
        }
        run(() -> bus.transfer(out));
        at = 0;
        for (int i = 0; i < messages.length; i++) {
            if (messages[i].isRead()) {
                System.arraycopy(out[i].data(), 0, buffer, at, messages[i].getLength());
            }
            at += messages[i].getLength();
        }
    }
}
