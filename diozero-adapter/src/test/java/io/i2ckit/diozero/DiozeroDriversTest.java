// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero;

import io.i2ckit.sim.SimStore;
import com.diozero.api.I2CDevice;
import com.diozero.devices.BMx280;
import com.diozero.devices.MCP23017;
import com.diozero.devices.McpEeprom;
import com.diozero.devices.PCF8574;
import com.diozero.devices.PCF8591;
import com.diozero.sbc.DeviceFactoryHelper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * diozero's own drivers, unchanged, on the simulated chips through i2ckit's factory, which
 * diozero finds on the class path by itself (no diozero.devicefactory property is set here).
 */
class DiozeroDriversTest {

    @Test
    void diozeroPicksTheI2ckitFactoryFromTheClassPath() {
        assertInstanceOf(I2ckitDeviceFactory.class, DeviceFactoryHelper.getNativeDeviceFactory());
    }

    @Test
    void bmx280CompensatesTheSimulatedRawReadingsBackToTheSetWeather() {
        SimulatedBoard.with("chip 0x76 bme280 temperature=23.4 pressure=987.6 humidity=61.5");
        try (BMx280 sensor = BMx280.I2CBuilder.builder(1).setAddress(0x76).build()) {
            float[] v = sensor.getValues();
            assertEquals(23.4, v[0], 0.01, "°C");
            assertEquals(987.6, v[1], 0.02, "hPa");
            assertEquals(61.5, v[2], 0.01, "%RH");
        }
    }

    @Test
    void mcp23017OutputsReachTheLatchAndInputsReadTheSimulatedPins() {
        SimStore store = SimulatedBoard.with("chip 0x21 mcp23017 driven=0xff00 inputs=0x5a00");
        try (MCP23017 expander = new MCP23017(1, 0x21, MCP23017.INTERRUPT_GPIO_NOT_SET)) {
            expander.setDirections(0, (byte) 0x00); // port A outputs
            expander.setValues(0, (byte) 0xc3);
            assertEquals((byte) 0x5a, expander.getValues(1), "port B reads what drives it");
            assertEquals((byte) 0xc3, expander.getValues(0), "port A reads its latch");
        }
        try (var bus = store.open()) {
            assertEquals(0xc3, bus.device(0x21).readByteData(0x14), "OLATA on the chip");
        }
    }

    @Test
    void pcf8574DriverReadsWithACommandByteWhichTheChipLatches() {
        // diozero 1.4.1 reads the port with readByteData(1): the chip has no registers, so the
        // command byte 0x01 is written to the port first, as it would be on real hardware
        SimStore store = SimulatedBoard.with("chip 0x20 pcf8574 pulled-low=0x00");
        try (PCF8574 port = new PCF8574(1, 0x20)) {
            port.setValues(0, (byte) 0xf0);
            try (var bus = store.open()) {
                assertEquals(0xf0, bus.device(0x20).receiveByte(), "a write goes to the latch");
            }
            assertEquals((byte) 0x01, port.getValues(0), "the read latched 0x01 and reads it back");
        }
    }

    @Test
    void pcf8591ConvertsTheSimulatedVoltages() {
        SimulatedBoard.with("chip 0x48 pcf8591 ain0=0.825 ain1=1.65 ain2=3.3 ain3=0 vref=3.3");
        try (PCF8591 adc = new PCF8591(1, 0x48, PCF8591.InputMode.FOUR_SINGLE_ENDED_INPUTS, false, 3.3f)) {
            assertEquals(0.25, adc.getValue(0), 0.005);
            assertEquals(0.5, adc.getValue(1), 0.005);
            assertEquals(255 / 256.0, adc.getValue(2), 0.005);
            assertEquals(0.0, adc.getValue(3), 0.005);
        }
    }

    @Test
    void mcpEepromWritesAcrossPagesAndReadsBackAfterRealWriteCycles() {
        SimulatedBoard.with("chip 0x50 eeprom label=24LC256 size=32768 page=64 address-bytes=2 write-cycle-us=5000");
        byte[] text = "diozero's McpEeprom on i2ckit's simulated 24LC256, over a page boundary at 64."
                .getBytes(StandardCharsets.US_ASCII);
        try (McpEeprom eeprom = new McpEeprom(1, 0x50, McpEeprom.Type.MCP_24xx256)) {
            eeprom.writeBytes(40, text);
            assertArrayEquals(text, eeprom.readBytes(40, text.length));
        }
    }

    @Test
    void readWriteIsOneTransferWithARepeatedStart() {
        SimStore store = SimulatedBoard.with("chip 0x50 eeprom label=T24C04A size=512 page=16 address-bytes=1");
        long before;
        try (var bus = store.open()) {
            bus.device(0x50).write((byte) 0x10, (byte) 0xca, (byte) 0xfe);
            bus.clock().sleep(5_000_000);
        }
        before = store.totals().transactions();
        try (I2CDevice d = I2CDevice.builder(0x50).setController(1).build()) {
            // the register form: diozero 1.4.1 misplaces the data when a WriteCommand precedes a read
            I2CDevice.ReadCommand read = new I2CDevice.ReadCommand(0, 0x10, 2);
            d.readWrite(read);
            assertArrayEquals(new byte[] {(byte) 0xca, (byte) 0xfe}, read.getData());
        }
        assertEquals(1, store.totals().transactions() - before, "write and read in one transaction");
        assertTrue(store.totals().bits() > 0);
    }
}
