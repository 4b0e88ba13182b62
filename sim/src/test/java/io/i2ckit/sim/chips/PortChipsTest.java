// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.core.I2cDevice;
import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.SimBus;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PCF8574, PCF8591 and MCP23017: ports and converters as their datasheets describe them. */
class PortChipsTest {

    private static I2cDevice device(io.i2ckit.sim.ChipModel model, int address, ChipMemory memory, String... settings) {
        SimBus bus = Models.bus(Models.chip(model, address, memory, Clock.systemUTC(), settings));
        return bus.device(address);
    }

    @Test
    void pcf8574PinsLatchedHighReadWhatTheOutsidePullsThemTo() {
        Pcf8574Chip.Model model = new Pcf8574Chip.Model();
        ChipMemory m = Models.powered(model);
        I2cDevice port = device(model, 0x20, m, "pulled-low", "0x81");
        assertEquals(0x7e, port.receiveByte(), "power-on latches are 1; pins 0 and 7 held low outside");
        port.sendByte(0x0f);
        assertEquals(0x0e, port.receiveByte(), "latched 0 drives low whatever the outside does");
    }

    @Test
    void pcf8574TakesEveryWrittenByteAsTheLatchEvenACommandByte() {
        Pcf8574Chip.Model model = new Pcf8574Chip.Model();
        ChipMemory m = Models.powered(model);
        I2cDevice port = device(model, 0x20, m);
        assertEquals(0x01, port.readByteData(0x01), "an SMBus read byte first writes its command to the port");
        assertEquals(0x01, m.get(0));
    }

    @Test
    void pcf8591FirstByteOfAReadIsThePreviousConversion() {
        Pcf8591Chip.Model model = new Pcf8591Chip.Model();
        ChipMemory m = Models.powered(model);
        I2cDevice adc = device(model, 0x48, m, "ain0", "1.65", "ain1", "3.3", "ain2", "0.825", "vref", "3.3");
        adc.sendByte(0x00);
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80}, adc.read(3),
                "power-on 0x80, then AIN0 = VREF/2 = 128");
        adc.sendByte(0x04); // auto-increment from channel 0
        byte[] r = adc.read(5);
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0xff, 0x40, 0x00}, r,
                "stale, AIN0, AIN1 (clamped 255), AIN2, AIN3");
    }

    @Test
    void pcf8591DifferentialInputsAreTwosComplement() {
        Pcf8591Chip.Model model = new Pcf8591Chip.Model();
        ChipMemory m = Models.powered(model);
        I2cDevice adc = device(model, 0x48, m, "ain0", "1.0", "ain1", "1.5", "ain2", "2.0", "ain3", "1.5", "vref", "2.56");
        adc.sendByte(0x30); // two differential inputs, channel 0: AIN0 - AIN1
        assertEquals(0xce, adc.read(2)[1] & 0xff, "-0.5 V is -50 at 10 mV a step");
        adc.sendByte(0x31);
        assertEquals(0x32, adc.read(2)[1] & 0xff, "AIN2 - AIN3 = +0.5 V");
    }

    @Test
    void pcf8591SecondWrittenByteSetsTheDac() {
        Pcf8591Chip.Model model = new Pcf8591Chip.Model();
        ChipMemory m = Models.powered(model);
        device(model, 0x48, m).write((byte) 0x40, (byte) 0x99);
        assertEquals(0x40, m.get(0));
        assertEquals(0x99, m.get(1));
    }

    @Test
    void mcp23017PowersOnAsInputsInterleavedAndReadsSequentially() {
        Mcp23017Chip.Model model = new Mcp23017Chip.Model();
        ChipMemory m = Models.powered(model);
        I2cDevice x = device(model, 0x20, m, "driven", "0x0102", "inputs", "0x0100");
        byte[] all = x.writeRead(new byte[] {0x00}, 0x17);
        assertEquals((byte) 0xff, all[0x00], "IODIRA");
        assertEquals((byte) 0xff, all[0x01], "IODIRB");
        assertEquals(0x00, all[0x12], "GPIOA: pin A1 driven low, the rest float low without pull-ups");
        assertEquals(0x01, all[0x13], "GPIOB: pin B0 driven high");
        assertEquals((byte) 0xff, all[0x16], "rolled over to IODIRA after 0x15");
    }

    @Test
    void mcp23017PullUpsInversionAndOutputs() {
        Mcp23017Chip.Model model = new Mcp23017Chip.Model();
        ChipMemory m = Models.powered(model);
        I2cDevice x = device(model, 0x20, m, "driven", "0x0002", "inputs", "0x0000");
        x.writeByteData(0x0c, 0xff); // GPPUA
        assertEquals(0xfd, x.readByteData(0x12), "pulled up except the pin driven low");
        x.writeByteData(0x02, 0x01); // IPOLA inverts pin 0
        assertEquals(0xfc, x.readByteData(0x12));
        x.writeByteData(0x00, 0x0f); // upper four pins outputs
        x.writeByteData(0x12, 0xa0); // writing GPIO writes OLAT
        assertEquals(0xa0, x.readByteData(0x14));
        assertEquals(0xac, x.readByteData(0x12), "outputs read the latch, inputs the pins");
    }

    @Test
    void mcp23017Bank1SeparatesThePortsAndIoconSitsAtBothAddresses() {
        Mcp23017Chip.Model model = new Mcp23017Chip.Model();
        ChipMemory m = Models.powered(model);
        I2cDevice x = device(model, 0x20, m);
        x.writeByteData(0x0b, 0x80); // IOCONB, the same register: BANK = 1
        assertEquals(0x80, x.readByteData(0x05), "IOCON at 0x05 in bank 1");
        assertEquals(0x80, x.readByteData(0x15));
        x.writeByteData(0x10, 0x00); // IODIRB in bank 1
        x.writeByteData(0x1a, 0x5a); // OLATB
        assertEquals(0x5a, x.readByteData(0x19), "GPIOB reads the latch of its outputs");
        assertEquals((byte) 0xff, x.writeRead(new byte[] {0x00}, 1)[0], "IODIRA untouched");
        byte[] run = x.writeRead(new byte[] {0x0a}, 2);
        assertEquals(0x00, run[1], "after OLATA (0x0a) the pointer goes on at IODIRB (0x10)");
    }

    @Test
    void mcp23017ByteModeTogglesWithinThePairInBank0() {
        Mcp23017Chip.Model model = new Mcp23017Chip.Model();
        ChipMemory m = Models.powered(model);
        I2cDevice x = device(model, 0x20, m);
        x.writeByteData(0x0a, 0x20); // SEQOP = 1: byte mode
        x.write((byte) 0x14, (byte) 0x11, (byte) 0x22, (byte) 0x33);
        assertEquals(0x33, x.readByteData(0x14), "OLATA, OLATB, OLATA again");
        assertEquals(0x22, x.readByteData(0x15));
    }
}
