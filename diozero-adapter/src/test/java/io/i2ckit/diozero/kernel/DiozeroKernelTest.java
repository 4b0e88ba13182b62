// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero.kernel;

import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.diozero.I2ckitDeviceFactory;
import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipModels;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimBus;
import com.diozero.api.I2CDevice;
import com.diozero.api.I2CException;
import com.diozero.devices.BMx280;
import com.diozero.devices.MCP23017;
import com.diozero.sbc.DeviceFactoryHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * diozero's drivers on the bench's real kernel through i2ckit's factory: controller N is
 * {@code /dev/i2c-N}, the i2c-stub adapter (SMBus only), and Debian's i2cget checks what they wrote.
 */
@Tag("kernel")
class DiozeroKernelTest {
    private static int bus;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
        KernelBench.reloadStub("0x20,0x76", null);
        bus = KernelBench.stubBus();
    }

    @AfterAll
    static void asFound() {
        KernelBench.reloadStub(KernelBench.STUB_CHIPS, null);
    }

    /**
     * The registers a BME280 set to 19.25 °C, 1002.5 hPa and 38 % holds after a forced
     * measurement, taken from the simulator's model and copied into i2c-stub's chip at 0x76.
     */
    private static void loadBme280Registers() throws InterruptedException {
        ChipModel model = ChipModels.get("bme280");
        ChipMemory memory = ChipMemory.inMemory(model.memorySize(), 0);
        model.powerOn(memory);
        SimBus sim = SimBus.builder().followWallClock(true).chip(model.create(0x76, memory, ChipSettings.of(model,
                Map.of("temperature", "19.25", "pressure", "1002.5", "humidity", "38")), Clock.systemUTC())).build();
        I2cDevice chip = sim.device(0x76);
        chip.writeByteData(0xf2, 0x01);
        chip.writeByteData(0xf4, 0x25);
        Thread.sleep(20);
        try (I2cBus stub = I2cBuses.open(Integer.toString(bus))) {
            I2cDevice target = stub.device(0x76);
            for (int[] range : new int[][] {{0x88, 26}, {0xd0, 1}, {0xe1, 7}, {0xf7, 8}}) {
                target.writeI2cBlockData(range[0], chip.readI2cBlockData(range[0], range[1]));
            }
        }
    }

    @Test
    void diozeroPicksI2ckitAndTheControllerIsTheDevNode() {
        assertInstanceOf(I2ckitDeviceFactory.class, DeviceFactoryHelper.getNativeDeviceFactory());
        assertTrue(DeviceFactoryHelper.getNativeDeviceFactory().getI2CBusNumbers().contains(bus));
    }

    @Test
    void bmx280ReadsTheWeatherFromRegistersOnTheRealKernel() throws Exception {
        loadBme280Registers();
        assertEquals("0x60", KernelBench.ok(KernelBench.run("i2cget", "-y", Integer.toString(bus), "0x76", "0xd0")).out().strip());
        try (BMx280 sensor = BMx280.I2CBuilder.builder(bus).setAddress(0x76).build()) {
            float[] v = sensor.getValues();
            assertEquals(19.25, v[0], 0.01);
            assertEquals(1002.5, v[1], 0.03);
            assertEquals(38.0, v[2], 0.01);
        }
    }

    @Test
    void mcp23017WritesReachTheChipAsDebiansI2cgetSees() {
        try (MCP23017 expander = new MCP23017(bus, 0x20, MCP23017.INTERRUPT_GPIO_NOT_SET)) {
            expander.setDirections(1, (byte) 0x0f);
            expander.setValues(1, (byte) 0xa0);
        }
        String b = Integer.toString(bus);
        assertEquals("0x0f", KernelBench.ok(KernelBench.run("i2cget", "-y", b, "0x20", "0x01")).out().strip(), "IODIRB");
        assertEquals("0xa0", KernelBench.ok(KernelBench.run("i2cget", "-y", b, "0x20", "0x15")).out().strip(), "OLATB");
    }

    @Test
    void plainI2cOnTheSmbusOnlyStubIsRefusedNotEmulated() {
        try (I2CDevice d = I2CDevice.builder(0x20).setController(bus).build()) {
            I2CException e = assertThrows(I2CException.class, () -> d.readBytes(4));
            assertTrue(e.getMessage().contains("(SMBus stub driver) cannot do I2C"), e.getMessage());
        }
    }
}
