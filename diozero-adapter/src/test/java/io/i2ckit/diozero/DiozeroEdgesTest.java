// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero;

import io.i2ckit.sim.FunctionalityPresets;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import com.diozero.api.I2CDevice;
import com.diozero.api.I2CException;
import com.diozero.sbc.DeviceFactoryHelper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What i2ckit's diozero factory refuses, reports and probes, in diozero's own terms. */
class DiozeroEdgesTest {

    @Test
    void anAddressOutOfRangeIsDiozerosI2cExceptionNamingTheBus() {
        SimulatedBoard.with("chip 0x48 lm75");
        I2CException e = assertThrows(I2CException.class, () -> I2CDevice.builder(0x80).setController(1).build());
        assertEquals("address 0x80 on controller 1 (sim) is outside the 7-bit range 0x00-0x7f", e.getMessage());
    }

    @Test
    void anSmbusOnlyAdapterRefusesPlainI2cInsteadOfEmulatingIt() {
        SimStore store = SimulatedBoard.with("chip 0x48 lm75");
        store.saveBoard(store.board().withFunctionality("smbus"));
        try (I2CDevice d = I2CDevice.builder(0x48).setController(1).build()) {
            assertEquals(0x19, d.readByteData(0) & 0xff, "SMBus works: 25 °C");
            I2CException e = assertThrows(I2CException.class, () -> d.readBytes(2));
            assertTrue(e.getMessage().contains("on sim: adapter sim (i2ckit simulated adapter) cannot do I2C"), e.getMessage());
            assertEquals(95, e.getError(), "EOPNOTSUPP");
        }
    }

    @Test
    void functionalitiesAreTheAdaptersOwnMask() {
        SimStore store = SimulatedBoard.with("chip 0x48 lm75");
        store.saveBoard(store.board().withFunctionality("smbus"));
        int mask = DeviceFactoryHelper.getNativeDeviceFactory().getI2CFunctionalities(1);
        assertEquals(FunctionalityPresets.get("smbus").mask(), mask & 0xffffffffL);
        assertTrue(DeviceFactoryHelper.getNativeDeviceFactory().getI2CBusNumbers().contains(1));
    }

    @Test
    void probeAnswersOnlyWhereAChipIs() {
        SimulatedBoard.with("chip 0x48 lm75", "chip 0x50 eeprom size=512");
        try (I2CDevice lm75 = I2CDevice.builder(0x48).setController(1).build();
             I2CDevice eeprom = I2CDevice.builder(0x50).setController(1).build();
             I2CDevice nobody = I2CDevice.builder(0x33).setController(1).build()) {
            assertTrue(lm75.probe());
            assertTrue(eeprom.probe(I2CDevice.ProbeMode.READ));
            assertFalse(nobody.probe());
        }
    }

    @Test
    void aMissingChipIsDiozerosI2cExceptionWithTheErrno() {
        SimulatedBoard.with("chip 0x48 lm75");
        try (I2CDevice d = I2CDevice.builder(0x49).setController(1).build()) {
            I2CException e = assertThrows(I2CException.class, () -> d.readByteData(0));
            assertEquals(6, e.getError(), "ENXIO");
            assertTrue(e.getMessage().startsWith("read byte data at 0x49 on sim: no acknowledge"), e.getMessage());
        }
    }

    @Test
    void otherDeviceKindsAreNotI2ckits() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> DeviceFactoryHelper.getNativeDeviceFactory().getGpioValue(17));
        assertEquals("i2ckit's diozero factory drives I2C only, not GPIO: use diozero's default factory for it",
                e.getMessage());
    }

    @Test
    void aBadBusMappingNamesThePair() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new I2ckitDeviceFactory(io.i2ckit.boardprofiles.PeerBuses.parse("1:sim", "the mapping")));
        assertEquals("the mapping: '1:sim' is not NUMBER=BUS, such as 1=sim", e.getMessage());
    }

    @Test
    void boardUnchangedByAFailedOpen() {
        SimStore store = SimulatedBoard.with("chip 0x48 lm75");
        SimBoard before = store.board();
        assertThrows(I2CException.class, () -> I2CDevice.builder(0x48).setController(7).build(), "no /dev/i2c-7 here");
        assertEquals(before, store.board());
    }
}
