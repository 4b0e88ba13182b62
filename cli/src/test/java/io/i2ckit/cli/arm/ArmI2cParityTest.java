// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.arm;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.core.Capability;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.linux.Abi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.i2ckit.cli.arm.ArmBench.BUS;
import static io.i2ckit.cli.arm.ArmBench.i2ckit;
import static io.i2ckit.cli.arm.ArmBench.tool;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The i2c-tools programs against Debian's armhf i2c-tools, through a real full-I2C bus driver. */
@Tag("arm")
class ArmI2cParityTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void inTheArmGuest() {
        ArmBench.requireArmGuest();
    }

    @Test
    void theArmJvmUsesTheIlp32LayoutAndTheBusDoesPlainI2c() {
        assertEquals("32", System.getProperty("sun.arch.data.model"));
        assertEquals(Abi.ILP32, Abi.current());
        try (I2cBus bus = I2cBuses.open(BUS)) {
            assertTrue(bus.functionality().has(Capability.I2C), bus.functionality().toString());
            assertEquals("Versatile I2C adapter", bus.adapterName());
        }
    }

    @Test
    void aWriteThenReadIsOneCombinedTransferOnEachHalf() {
        // one address a transfer: qemu's bus keeps talking to the first chip after a repeated
        // start to another address (transfersMatchI2ctransfer shows i2ctransfer gets the same)
        try (I2cBus bus = I2cBuses.open(BUS)) {
            bus.transfer(I2cMessage.write(0x54, (byte) 0x30, (byte) 0x11, (byte) 0x22));
            bus.transfer(I2cMessage.write(0x55, (byte) 0x30, (byte) 0x33, (byte) 0x44, (byte) 0x55));
            assertArrayEquals(new byte[] {0x11, 0x22}, bus.device(0x54).writeRead(new byte[] {0x30}, 2));
            assertArrayEquals(new byte[] {0x33, 0x44, 0x55}, bus.device(0x55).writeRead(new byte[] {0x30}, 3));
        }
    }

    @Test
    void detectAndItsFunctionalityListMatchI2cdetect() {
        ArmBench.assertSame(tool("i2cdetect", "-y", BUS), i2ckit(dir, "detect", "-y", BUS), "detect");
        ArmBench.assertSame(tool("i2cdetect", "-F", BUS), i2ckit(dir, "detect", "-F", BUS), "detect -F");
        ArmBench.assertSame(tool("i2cdetect", "-y", "-r", BUS, "0x50", "0x57"),
                i2ckit(dir, "detect", "-y", "-r", BUS, "0x50", "0x57"), "detect -r");
    }

    @Test
    void transfersMatchI2ctransferIncludingReadsAcrossThePair() {
        String[][] scenarios = {
            {"w6@0x54", "0x40", "0xde", "0xad", "0xbe", "0xef", "0x01"},
            {"w1@0x54", "0x40", "r5"},
            {"w3@0x55", "0x40", "0x0a", "0x0b"},
            {"w1@0x54", "0x40", "r5", "w1@0x55", "0x40", "r2"},
            {"w1@0x50", "0x00", "r16"},
            {"-v", "w1@0x54", "0x41", "r2@0x54"},
            {"w1@0x57", "0x00", "r1"},
        };
        for (String[] s : scenarios) {
            String[] debian = new String[s.length + 3];
            String[] ours = new String[s.length + 3];
            debian[0] = "i2ctransfer";
            ours[0] = "transfer";
            debian[1] = ours[1] = "-y";
            System.arraycopy(s, 0, debian, 3, s.length);
            System.arraycopy(s, 0, ours, 3, s.length);
            debian[2] = ours[2] = BUS;
            if (s[0].equals("-v")) { // the option goes before the bus
                debian[1] = ours[1] = "-v";
                debian[2] = ours[2] = "-y";
                debian[3] = ours[3] = BUS;
            }
            ArmBench.assertSame(tool(debian), i2ckit(dir, java.util.Arrays.copyOfRange(ours, 0, ours.length)),
                    String.join(" ", debian));
        }
    }

    @Test
    void dumpsOfTheEdidAndThePairMatchI2cdump() {
        for (String[] args : new String[][] {{"0x50", "b"}, {"0x54", "i"}, {"0x55", "c"}, {"-r", "0x30-0x4f", "0x54", "b"}}) {
            String[] debian = new String[args.length + 3];
            debian[0] = "i2cdump";
            debian[1] = "-y";
            debian[2] = BUS;
            String[] ours = debian.clone();
            ours[0] = "dump";
            if (args[0].equals("-r")) {
                debian = new String[] {"i2cdump", "-y", "-r", args[1], BUS, args[2], args[3]};
                ours = new String[] {"dump", "-y", "-r", args[1], BUS, args[2], args[3]};
            } else {
                System.arraycopy(args, 0, debian, 3, args.length);
                System.arraycopy(args, 0, ours, 3, args.length);
            }
            ArmBench.assertSame(tool(debian), i2ckit(dir, ours), String.join(" ", debian));
        }
    }

    @Test
    void scanNamesWhatAnswers() {
        CliHarness.Result r = i2ckit(dir, "scan", BUS);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Bus i2c-0 (Versatile I2C adapter): 4 addresses answer at 0x08-0x77\n"), r.out());
        assertTrue(r.out().contains("\n  0x54  24Cxx EEPROM"), r.out());
        assertTrue(r.out().contains("\n  0x39  "), r.out());
    }
}
