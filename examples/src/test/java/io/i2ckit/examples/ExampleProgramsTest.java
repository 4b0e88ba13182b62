// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example's main method, run as {@code examples/run NAME} runs it, on the simulated bus
 * the surefire configuration gives this module (each puts the chip it needs there).
 */
class ExampleProgramsTest {
    private static final Path TARGET = Path.of(System.getenv("I2CKIT_SIM_DIR")).getParent();

    @BeforeAll
    static void freshSimulator() {
        new SimStore(Path.of(System.getenv("I2CKIT_SIM_DIR"))).reset();
    }

    private static String run(Runnable main) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void programFanWritesTheMessageAndLeavesABackup() throws Exception {
        String out = run(() -> ProgramFan.main(new String[] {"HI", "THERE"}));
        assertTrue(out.contains("the fan now says [HI, THERE]"), out);
        String named = out.substring(out.indexOf("Backup of what it said before: ") + 31).strip();
        assertTrue(named.endsWith(".bin") && Files.size(Path.of(named)) == 512, "the backup file itself: " + out);
    }

    @Test
    void eepromBackupAndRestoreRoundTrip() throws Exception {
        Path file = TARGET.resolve("fan-backup.bin");
        assertTrue(run(() -> EepromBackup.main(new String[] {"backup", file.toString()})).startsWith("Saved the 24c04"));
        assertEquals(512, Files.size(file));
        byte[] saved = Files.readAllBytes(file);
        try (io.i2ckit.core.I2cBus bus = new io.i2ckit.boardprofiles.BusResolver(io.i2ckit.core.BusEnvironment.system()).open("sim")) {
            bus.device(0x50).writeByteData(0x10, ~saved[0x10] & 0xff); // one byte changes after the backup
        }
        String out = run(() -> EepromBackup.main(new String[] {"restore", file.toString()}));
        assertTrue(out.startsWith("Restored " + file + " onto the 24c04 at 0x50 on sim: 1 byte changed in 1 page"
                + " write (31 already right), verified"), out);
        assertFalse(out.contains("WriteReport["), out);
    }

    @Test
    void readTemperatureReadsTheSensorItPutOnTheBus() {
        String out = run(() -> ReadTemperature.main(new String[] {"0x4b", "lm75"}));
        assertTrue(out.endsWith("LM75 at 0x4b on sim: 21.5000 °C\n"), out);
    }

    @Test
    void pcf8574PortSeesThePressedButton() {
        String out = run(() -> Pcf8574Port.main(new String[0]));
        assertTrue(out.endsWith("the button on P7 is pressed\n"), out);
    }

    @Test
    void diozeroWeatherReadsTheSimulatedWeatherThroughDiozero() {
        String out = run(() -> DiozeroWeather.main(new String[0]));
        assertTrue(out.matches("(?s).*BME280 at 0x76 on sim, through diozero: 21\\.50 °C, 1013\\.2\\d hPa, 45\\.00 % RH\n"),
                out);
    }

    @Test
    void slf4jHasAProviderChosenOnPurposeSoPi4jStartsWithoutWarnings() {
        List<String> providers = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class)
                .forEach(p -> providers.add(p.getClass().getSimpleName()));
        assertEquals(List.of("NOPServiceProvider"), providers);
    }

    @Test
    void pi4jThermometerReadsThroughPi4j() {
        String out = run(() -> Pi4jThermometer.main(new String[] {"0x4c"}));
        assertTrue(out.endsWith("TMP102 at 0x4c on sim, through Pi4J: 21.5000 °C\n"), out);
    }

    @Test
    void oledHelloLeavesAPictureWithTheTextLit() throws Exception {
        Path png = TARGET.resolve("oled.png");
        String out = run(() -> OledHello.main(new String[] {"Hello", png.toString()}));
        assertTrue(out.contains("what it shows is in " + png), out);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(512, image.getWidth());
        int lit = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                lit += (image.getRGB(x, y) & 0xff) > 0x80 ? 1 : 0;
            }
        }
        assertTrue(lit > 2000, "the frame and the text are lit: " + lit + " bright screen pixels");
        assertEquals(image.getRGB(1, 1), image.getRGB(1, 100), "the frame's left edge runs down the picture");
    }
}
