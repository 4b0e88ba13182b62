// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero;

import com.diozero.api.DeviceMode;
import com.diozero.api.GpioEventTrigger;
import com.diozero.api.GpioPullUpDown;
import com.diozero.api.I2CConstants;
import com.diozero.api.I2CException;
import com.diozero.api.PinInfo;
import com.diozero.api.SerialConstants;
import com.diozero.api.SpiClockMode;
import com.diozero.internal.spi.AnalogInputDeviceInterface;
import com.diozero.internal.spi.AnalogOutputDeviceInterface;
import com.diozero.internal.spi.BaseNativeDeviceFactory;
import com.diozero.internal.spi.GpioDigitalInputDeviceInterface;
import com.diozero.internal.spi.GpioDigitalInputOutputDeviceInterface;
import com.diozero.internal.spi.GpioDigitalOutputDeviceInterface;
import com.diozero.internal.spi.InternalI2CDeviceInterface;
import com.diozero.internal.spi.InternalPwmOutputDeviceInterface;
import com.diozero.internal.spi.InternalSerialDeviceInterface;
import com.diozero.internal.spi.InternalServoDeviceInterface;
import com.diozero.internal.spi.InternalSpiDeviceInterface;
import io.i2ckit.boardprofiles.PeerBuses;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cBus;

import java.util.List;
import java.util.Map;

/**
 * diozero's native device factory for I2C on i2ckit buses, so diozero's drivers run on any
 * board with {@code /dev/i2c-N} (a BeagleBone as well as a Pi) and on i2ckit's simulator.
 * diozero picks it when {@code -Ddiozero.devicefactory=io.i2ckit.diozero.I2ckitDeviceFactory}
 * is set, or when this jar is the first such provider on the class path.
 *
 * <p>Controller N is {@code /dev/i2c-N}; the property {@value #BUSES_PROPERTY} (or the
 * environment variable {@value #BUSES_ENV}) maps numbers to other buses, such as
 * {@code 1=sim} for the simulator or {@code 2=P9_19} for a BeagleBone header name. GPIO, PWM,
 * SPI, serial and analog devices are not i2ckit's: they fail with {@link UnsupportedOperationException}.
 */
public class I2ckitDeviceFactory extends BaseNativeDeviceFactory {
    public static final String BUSES_PROPERTY = "i2ckit.diozero.buses";
    public static final String BUSES_ENV = "I2CKIT_DIOZERO_BUSES";

    private final PeerBuses buses;

    /** The factory diozero instantiates: buses from the property, else the environment. */
    public I2ckitDeviceFactory() {
        this(PeerBuses.parse(System.getProperty(BUSES_PROPERTY, System.getenv(BUSES_ENV)),
                "diozero bus mapping " + BUSES_PROPERTY));
    }

    /** A factory whose controller numbers mean the buses of {@code mapping}, such as {@code Map.of(1, "sim")}. */
    public I2ckitDeviceFactory(Map<Integer, String> mapping) {
        this(mapping, BusEnvironment.system());
    }

    public I2ckitDeviceFactory(Map<Integer, String> mapping, BusEnvironment env) {
        this.buses = new PeerBuses(mapping, env);
    }

    @Override
    public String getName() {
        return "i2ckit";
    }

    @Override
    public InternalI2CDeviceInterface createI2CDevice(String key, int controller, int address,
                                                      I2CConstants.AddressSize addressSize) {
        boolean tenBit = addressSize == I2CConstants.AddressSize.SIZE_10;
        int max = tenBit ? 0x3ff : 0x7f;
        if (address < 0 || address > max) {
            throw new I2CException(String.format("address 0x%x on controller %d (%s) is outside the %d-bit range "
                    + "0x00-0x%x", address, controller, buses.nameOf(controller), tenBit ? 10 : 7, max), Errno.EINVAL);
        }
        I2cBus bus = DiozeroErrors.call(() -> buses.acquire(controller));
        try {
            return new I2ckitI2cDevice(key, this, controller, address, tenBit, bus);
        } catch (RuntimeException e) {
            buses.release(controller);
            throw e;
        }
    }

    void released(int controller) {
        buses.release(controller);
    }

    @Override
    public List<Integer> getI2CBusNumbers() {
        return buses.numbers();
    }

    @Override
    public int getI2CFunctionalities(int controller) {
        I2cBus bus = DiozeroErrors.call(() -> buses.acquire(controller));
        try {
            return (int) bus.functionality().mask();
        } finally {
            buses.release(controller);
        }
    }

    @Override
    public void shutdown() {
        buses.close();
    }

    private UnsupportedOperationException notI2c(String what) {
        return new UnsupportedOperationException("i2ckit's diozero factory drives I2C only, not " + what
                + ": use diozero's default factory for it");
    }

    @Override
    public int getBoardPwmFrequency() {
        throw notI2c("PWM");
    }

    @Override
    public void setBoardPwmFrequency(int frequency) {
        throw notI2c("PWM");
    }

    @Override
    public int getBoardServoFrequency() {
        throw notI2c("servos");
    }

    @Override
    public void setBoardServoFrequency(int frequency) {
        throw notI2c("servos");
    }

    @Override
    public int getGpioValue(int gpio) {
        throw notI2c("GPIO");
    }

    @Override
    public DeviceMode getGpioMode(int gpio) {
        throw notI2c("GPIO");
    }

    @Override
    public GpioDigitalInputDeviceInterface createDigitalInputDevice(String key, PinInfo pinInfo, GpioPullUpDown pud,
                                                                    GpioEventTrigger trigger) {
        throw notI2c("GPIO");
    }

    @Override
    public GpioDigitalOutputDeviceInterface createDigitalOutputDevice(String key, PinInfo pinInfo, boolean initialValue) {
        throw notI2c("GPIO");
    }

    @Override
    public GpioDigitalInputOutputDeviceInterface createDigitalInputOutputDevice(String key, PinInfo pinInfo,
                                                                                DeviceMode mode) {
        throw notI2c("GPIO");
    }

    @Override
    public InternalPwmOutputDeviceInterface createPwmOutputDevice(String key, PinInfo pinInfo, int pwmFrequency,
                                                                  float initialValue) {
        throw notI2c("PWM");
    }

    @Override
    public InternalServoDeviceInterface createServoDevice(String key, PinInfo pinInfo, int frequency,
                                                          int minPulseWidthUs, int maxPulseWidthUs, int initialPulseWidthUs) {
        throw notI2c("servos");
    }

    @Override
    public AnalogInputDeviceInterface createAnalogInputDevice(String key, PinInfo pinInfo) {
        throw notI2c("analog inputs");
    }

    @Override
    public AnalogOutputDeviceInterface createAnalogOutputDevice(String key, PinInfo pinInfo, float initialValue) {
        throw notI2c("analog outputs");
    }

    @Override
    public InternalSpiDeviceInterface createSpiDevice(String key, int controller, int chipSelect, int frequency,
                                                      SpiClockMode spiClockMode, boolean lsbFirst) {
        throw notI2c("SPI");
    }

    @Override
    public InternalSerialDeviceInterface createSerialDevice(String key, String deviceFilename, int baud,
                                                            SerialConstants.DataBits dataBits,
                                                            SerialConstants.StopBits stopBits,
                                                            SerialConstants.Parity parity, boolean readBlocking,
                                                            int minReadChars, int readTimeoutMillis) {
        throw notI2c("serial ports");
    }
}
