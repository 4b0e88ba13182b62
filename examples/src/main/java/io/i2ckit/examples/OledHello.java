// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.BusEnvironment;
import io.i2ckit.diozero.I2ckitDeviceFactory;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimStore;
import io.i2ckit.sim.chips.DisplayPictures;
import com.diozero.api.I2CDevice;
import com.diozero.devices.oled.MonochromeSsdOled;
import com.diozero.devices.oled.SSD1306;
import com.diozero.devices.oled.SsdOledCommunicationChannel;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws text on an SSD1306 OLED with diozero's SSD1306 driver on an i2ckit bus; on the simulated
 * bus the picture the display shows is then saved as a PNG (on a real one, look at the display).
 *
 * <pre>examples/run OledHello [--bus BUS] [TEXT] [PNG]</pre>
 */
public final class OledHello {
    private OledHello() {
    }

    /** A 128x64 picture with {@code text} in two sizes and a frame. */
    public static BufferedImage drawing(String text) {
        BufferedImage image = new BufferedImage(128, 64, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.drawRect(0, 0, 127, 63);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(text, 6, 26);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 10));
        g.drawString("i2ckit + diozero", 6, 50);
        g.dispose();
        return image;
    }

    /** What the simulated display at 0x3c shows now, as a PNG. */
    static void savePicture(Path png) throws java.io.IOException {
        if (Files.isDirectory(png)) {
            throw new IllegalArgumentException(png + " is a directory: name a PNG file");
        }
        try (SimBus bus = SimStore.of(BusEnvironment.system()).open();
             OutputStream out = Files.newOutputStream(png)) {
            DisplayPictures.writePng(bus.chip(0x3c), 4, out);
        }
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            ExampleArgs a = ExampleArgs.parse(args);
            String text = a.rest.isEmpty() ? "Hello, I2C!" : a.rest.get(0);
            Path png = Path.of(a.rest.size() > 1 ? a.rest.get(1) : "oled.png");
            a.simulatedChip(0x3c, "ssd1306");
            System.setProperty(I2ckitDeviceFactory.BUSES_PROPERTY, "1=" + a.bus);
            try (I2CDevice device = I2CDevice.builder(0x3c).setController(1).build();
                 SSD1306 oled = new SSD1306(new SsdOledCommunicationChannel.I2cCommunicationChannel(device),
                         MonochromeSsdOled.Height.TALL)) {
                oled.display(drawing(text));
                // diozero's close() clears the display and switches it off: look before that
                if (a.simulated()) {
                    savePicture(png);
                    System.out.printf("Drew \"%s\" on the simulated SSD1306 at 0x3c; what it shows is in %s%n", text, png);
                } else {
                    System.out.printf("Drew \"%s\" on the SSD1306 at 0x3c on %s; press Enter to clear it%n", text, a.bus);
                    System.in.read();
                }
            }
        });
    }
}
