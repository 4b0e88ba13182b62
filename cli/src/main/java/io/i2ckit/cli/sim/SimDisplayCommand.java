// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.sim;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.OutputFiles;
import io.i2ckit.cli.Session;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimChip;
import io.i2ckit.sim.chips.DisplayPictures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

@Command(name = "display", mixinStandardHelpOptions = true,
        description = {"Show what a simulated display (ssd1306) shows: in the terminal, two pixel rows a line, "
                + "or as a PNG picture.",
                "Example: i2ckit sim display 0x3c --png oled.png"})
final class SimDisplayCommand implements Runnable {
    private Session session;

    @Parameters(index = "0", paramLabel = "ADDRESS", description = "The display's address, such as 0x3c.")
    String address;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the picture to FILE instead of the terminal.")
    Path png;

    @Option(names = "--scale", paramLabel = "N", description = "Screen pixels a display pixel in the PNG (1-16, default 4).")
    int scale = 4;

    SimDisplayCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        int a = Numbers.address(address);
        if (scale < 1 || scale > 16) {
            throw CliException.usage("--scale " + scale + " is outside 1-16");
        }
        try (SimBus bus = SimCommand.store(session).open()) {
            SimChip chip = bus.chip(a);
            if (chip == null) {
                throw CliException.usage(String.format("no simulated chip at 0x%02x (see 'i2ckit sim status')", a));
            }
            if (!DisplayPictures.isDisplay(chip)) {
                throw CliException.usage(String.format("the chip at 0x%02x is a %s, not a display", a, chip.describe()));
            }
            if (png != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DisplayPictures.writePng(chip, scale, bytes);
                boolean stream = OutputFiles.write(png, bytes.toByteArray());
                (stream ? session.err() : session.out()).printf("Drew the display at 0x%02x into %s%n", a, png);
            } else if (!DisplayPictures.isOn(chip)) {
                session.out().printf("(display off: nothing lit until it gets command 0xAF)%n");
            } else {
                text(DisplayPictures.pixels(chip), session.out());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Half blocks: each character is two pixels stacked. */
    private static void text(boolean[][] lit, PrintWriter out) {
        for (int y = 0; y < lit.length; y += 2) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < lit[y].length; x++) {
                boolean top = lit[y][x];
                boolean bottom = y + 1 < lit.length && lit[y + 1][x];
                line.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
