// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.pi4j;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.UnsupportedCapabilityException;
import io.i2ckit.povfan.FanDecoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.PovFan;
import io.i2ckit.sim.SimBoard;
import io.i2ckit.sim.SimStore;
import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** i2ckit's drivers on a Pi4J I2C a program already holds. */
class Pi4jBusTest {
    @TempDir
    Path dir;

    private Context context(String board) {
        new SimStore(dir.resolve("sim")).saveBoard(SimBoard.parse(board));
        BusEnvironment base = BusEnvironment.system();
        BusEnvironment env = new BusEnvironment(base.devRoot(), base.sysRoot(), dir,
                java.util.Map.of(SimStore.DIR_VARIABLE, dir.resolve("sim").toString()));
        return Pi4J.newContextBuilder().add(new I2ckitI2cProvider(Map.of(1, "sim"), env)).build();
    }

    @Test
    void theFanProgrammerRunsOnAPi4jDeviceAndWaitsOutEachWriteCycle() {
        Context pi4j = context("chip 0x50 eeprom label=T24C04A size=512 page=16 address-bytes=1\n");
        List<String> message = List.of("HELLO FROM PI4J", "ON AN I2CKIT BUS", "PAGE BY PAGE", "BOTH HALVES 0x50 0x51");
        try {
            I2C held = pi4j.i2c().create(1, 0x50);
            try (Pi4jBus bus = Pi4jBus.wrap(held)) {
                PovFan fan = PovFan.on(bus);
                fan.program(message);
                assertEquals(message, fan.read().strings());
            }
            held.close();
        } finally {
            pi4j.shutdown();
        }
        try (var sim = new SimStore(dir.resolve("sim")).open()) {
            byte[] all = new io.i2ckit.eeprom.At24Eeprom(sim.device(0x50),
                    io.i2ckit.core.parts.EepromCatalog.standard().get("24c04")).readAll();
            assertEquals(message, new FanDecoder(FanFont.standard()).decode(all).strings());
        }
    }

    @Test
    void whatPi4jCannotDoIsRefusedNotEmulated() {
        Context pi4j = context("chip 0x48 lm75\n");
        try (Pi4jBus bus = Pi4jBus.wrap(pi4j.i2c().create(1, 0x48))) {
            UnsupportedCapabilityException quick = assertThrows(UnsupportedCapabilityException.class,
                    () -> bus.device(0x48).quick(false));
            assertEquals("quick write at 0x48 on pi4j-1: adapter pi4j-1 (Pi4J I2C bus 1 (i2ckit-i2c)) cannot do SMBus Quick Command",
                    quick.getMessage());
            I2cException three = assertThrows(I2cException.class, () -> bus.transfer(I2cMessage.write(0x48, (byte) 0),
                    I2cMessage.read(0x48, 1), I2cMessage.read(0x48, 1)));
            assertEquals("transfer at 0x48 on pi4j-1: a Pi4J I2C does one message or a write-then-read pair to its own "
                    + "address, with no flags; this transfer has 3 messages", three.getMessage());
            assertEquals(0x19, bus.device(0x48).readByteData(0), "a register read works: 25 °C");
        } finally {
            pi4j.shutdown();
        }
    }
}
