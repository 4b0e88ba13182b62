// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** An EEPROM write that names the wrong chip stops before a byte reaches any chip. */
class WrongChipTest {
    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(dir).withEnv(Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString()));
    }

    private byte[] registers(int address) {
        CliHarness.Result r = cli.run("dump", "-y", "sim", String.format("0x%02x", address));
        assertEquals(0, r.code(), r.toString());
        return r.out().getBytes();
    }

    @Test
    void aFanAtAnAddressNoEepromCanHaveIsRefusedUntouched() {
        assertEquals(0, cli.run("sim", "chip", "add", "0x20", "pcf8574").code());
        byte[] port = registers(0x20);
        byte[] thermometer = registers(0x48);
        for (String addr : new String[] {"0x20", "0x48"}) {
            CliHarness.Result r = cli.run("fan", "program", "--bus", "sim", "--addr", addr, "oops");
            assertEquals(2, r.code(), r.toString());
            assertEquals("Error: " + addr + " is not an EEPROM address: a t24c04a answers only at 0x50-0x57"
                    + " (2 addresses from a multiple of 2), as its address pins choose\n", r.err());
        }
        assertArrayEquals(port, registers(0x20));
        assertArrayEquals(thermometer, registers(0x48));
        assertFalse(Files.exists(dir.resolve("backups")));
    }

    @Test
    void aPartWhoseSecondBlockDoesNotAnswerIsNotWritten() throws Exception {
        // a 256-byte part alone at 0x54: the fan's 24C04 profile needs 0x54 and 0x55
        assertEquals(0, cli.run("sim", "chip", "add", "0x54", "eeprom", "--size", "256").code());
        byte[] before = registers(0x54);
        CliHarness.Result r = cli.run("fan", "program", "--bus", "sim", "--addr", "0x54", "hello");
        assertEquals(1, r.code(), r.toString());
        assertEquals("Error: nothing answers at 0x55 on sim, where the t24c04a at 0x54 keeps bytes 256-511: check"
                + " --addr and --chip against the part ('i2ckit detect sim' shows what answers); nothing was written\n",
                r.err());
        assertArrayEquals(before, registers(0x54));
        Path image = dir.resolve("image.bin");
        Files.write(image, new byte[16]);
        CliHarness.Result w = cli.run("eeprom", "write", "--bus", "sim", "--addr", "0x54", image.toString());
        assertEquals(1, w.code(), w.toString());
        assertArrayEquals(before, registers(0x54));
    }
}
