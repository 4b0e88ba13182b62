// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero;

import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.eeprom.At24Eeprom;
import io.i2ckit.povfan.PovFan;
import io.i2ckit.sim.SimStore;
import com.diozero.api.I2CDevice;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** i2ckit's drivers on a diozero I2CDevice a program already holds. */
class DiozeroBusTest {

    @Test
    void theFanProgrammerRunsOnADiozeroDeviceAndReachesTheSecondBlockAddress() {
        SimStore store = SimulatedBoard.with("chip 0x50 eeprom label=T24C04A size=512 page=16 address-bytes=1");
        List<String> message = List.of("HELLO FROM DIOZERO", "ON AN I2CKIT BUS", "THROUGH ITS DEVICE", "AT 0x50 AND 0x51");
        try (I2CDevice held = I2CDevice.builder(0x50).setController(1).build();
             DiozeroBus bus = DiozeroBus.wrap(held)) {
            PovFan fan = PovFan.on(bus);
            fan.program(message); // more than 256 bytes: the upper half is at 0x51
            assertEquals(message, fan.read().strings());
        }
        try (var sim = store.open()) {
            byte[] all = new At24Eeprom(sim.device(0x50), EepromCatalog.standard().get("24c04")).readAll();
            assertEquals((byte) 0xff, all[511], "still erased at the end");
            assertEquals(message, new io.i2ckit.povfan.FanDecoder(io.i2ckit.povfan.FanFont.standard())
                    .decode(all).strings(), "the simulator holds what was written");
        }
    }

    @Test
    void combinedTransfersToAnotherAddressAreRefused() {
        SimulatedBoard.with("chip 0x48 lm75", "chip 0x49 lm75");
        try (I2CDevice held = I2CDevice.builder(0x48).setController(1).build();
             DiozeroBus bus = DiozeroBus.wrap(held)) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(io.i2ckit.core.I2cException.class, () -> bus.transfer(
                    io.i2ckit.core.I2cMessage.write(0x48, (byte) 0), io.i2ckit.core.I2cMessage.read(0x49, 2)));
            assertEquals("transfer at 0x49 on diozero-1: a diozero device transfers to its own address only, and this "
                    + "transfer goes to 0x48 and 0x49", e.getMessage());
        }
    }
}
