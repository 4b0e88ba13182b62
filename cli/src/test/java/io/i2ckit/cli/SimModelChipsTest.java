// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model chips from the command line: added with settings, changed, listed, looked at. */
class SimModelChipsTest {
    @TempDir
    Path dir;

    @Test
    void aSensorAddedWithASettingMeasuresItAndFollowsAChange() {
        CliHarness cli = new CliHarness(dir);
        assertEquals("Added LM75 temperature sensor (9-bit, 0.5 °C) at 0x49\n",
                cli.run("sim", "chip", "add", "0x49", "lm75", "temperature=21.5").out());
        assertEquals("0x15 0x80\n", cli.run("transfer", "-y", "sim", "w1@0x49", "0", "r2").out());
        assertEquals("Set the LM75 at 0x49: temperature=-5\n", cli.run("sim", "chip", "set", "0x49", "temperature=-5").out());
        assertEquals("0xfb 0x00\n", cli.run("transfer", "-y", "sim", "w1@0x49", "0", "r2").out());
        assertTrue(cli.run("sim", "status").out().contains("chip 0x49      LM75 temperature sensor (9-bit, 0.5 °C), temperature=-5"));
    }

    @Test
    void registersWrittenInOneCommandAreThereInTheNext() {
        CliHarness cli = new CliHarness(dir);
        cli.run("sim", "chip", "add", "0x20", "mcp23017");
        assertEquals(0, cli.run("set", "-y", "sim", "0x20", "0x00", "0x00").code()); // IODIRA: outputs
        assertEquals(0, cli.run("set", "-y", "sim", "0x20", "0x12", "0xa5").code()); // GPIOA
        assertEquals("0xa5\n", cli.run("get", "-y", "sim", "0x20", "0x14").out(), "OLATA");
    }

    @Test
    void badSettingsAreOneLineErrorsThatNameTheKey() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result unknown = cli.run("sim", "chip", "add", "0x76", "bme280", "colour=red");
        assertEquals(2, unknown.code());
        assertEquals("Error: bme280 has no setting 'colour': it has temperature, pressure, humidity\n", unknown.err());
        assertEquals("Error: bme280 setting humidity=120 is outside 0..100\n",
                cli.run("sim", "chip", "add", "0x76", "bme280", "humidity=120").err());
        assertEquals("Error: setting 'temperature' is not KEY=VALUE, such as temperature=21.5\n",
                cli.run("sim", "chip", "add", "0x76", "bme280", "temperature").err());
        assertTrue(cli.run("sim", "chip", "add", "0x76", "bme281").err()
                .startsWith("Error: chip type 'bme281' unknown: use registers, eeprom or one of bme280, ds3231"));
        assertEquals(2, cli.run("sim", "chip", "set", "0x48", "temperature=3").code(), "0x48 is a register chip");
        assertEquals("Error: a registers chip takes options, not settings like 'x=1'\n",
                cli.run("sim", "chip", "add", "0x30", "registers", "x=1").err());
        assertEquals("Error: --part, --size, --page, --address-bytes and --write-cycle-us are for an eeprom, not a bme280: "
                + "give its settings as KEY=VALUE\n", cli.run("sim", "chip", "add", "0x76", "bme280", "--size", "256").err());
    }

    @Test
    void anAddressThePartCannotTakeIsAllowedWithAWarning() {
        CliHarness.Result r = new CliHarness(dir).run("sim", "chip", "add", "0x30", "lm75");
        assertEquals(0, r.code());
        assertEquals("Warning: a real lm75 cannot be strapped to 0x30 (it takes 0x48 0x49 0x4a 0x4b 0x4c 0x4d 0x4e 0x4f)\n",
                r.err());
    }

    @Test
    void typesListsEveryModelWithItsSettings() {
        String out = new CliHarness(dir).run("sim", "chip", "types").out();
        for (String t : new String[] {"bme280", "ds3231", "lm75", "mcp23017", "pcf8574", "pcf8591", "ssd1306", "tmp102"}) {
            assertTrue(out.contains("\n" + t + " "), t + " in\n" + out);
        }
        assertTrue(out.contains("pressure=1013.25  hPa (300 to 1100)"), out);
    }

    @Test
    void displayShowsWhatWasDrawnInTheTerminalAndAsAPicture() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.run("sim", "chip", "add", "0x3c", "ssd1306");
        assertEquals(0, cli.run("transfer", "-y", "sim", "w8@0x3c", "0x00", "0xa1", "0xc8", "0x20", "0x00", "0xa5",
                "0xaf", "0xa4").code());
        assertEquals(0, cli.run("transfer", "-y", "sim", "w4@0x3c", "0x40", "0xff", "0x00", "0x0f").code());
        CliHarness.Result text = cli.run("sim", "display", "0x3c");
        assertEquals(32, text.out().lines().count());
        assertTrue(text.out().startsWith("█ █\n█ █\n█\n█\n\n"), text.out());
        Path png = dir.resolve("oled.png");
        assertEquals(0, cli.run("sim", "display", "0x3c", "--png", png.toString(), "--scale", "2").code());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(256, image.getWidth());
        assertEquals(128, image.getHeight());
        assertTrue(image.getRGB(0, 0) != image.getRGB(2, 0), "column 0 lit, column 1 dark");
        assertEquals(2, cli.run("sim", "display", "0x50").code(), "an EEPROM is no display");
    }

    @Test
    void aDisplayThatIsOffSaysSo() {
        CliHarness cli = new CliHarness(dir);
        cli.run("sim", "chip", "add", "0x3c", "ssd1306");
        assertEquals("(display off: nothing lit until it gets command 0xAF)\n", cli.run("sim", "display", "0x3c").out());
    }

    @Test
    void demoNamesEachChipAsItsModel() {
        CliHarness cli = new CliHarness(dir);
        cli.run("sim", "chip", "add", "0x49", "tmp102");
        String out = cli.run("demo").out();
        assertTrue(out.contains("\n  0x49  TMP102"), out);
        assertFalse(out.contains("TMP102 register chip"), out);
        assertTrue(out.contains("\n  0x50  T24C04A EEPROM, 512 bytes"), out);
    }
}
