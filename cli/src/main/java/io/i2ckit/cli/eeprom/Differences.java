// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.eeprom.Image;

import java.io.PrintWriter;
import java.util.List;

/** The lines of 16 bytes where a file and the part differ: part above, file below. */
final class Differences {
    private Differences() {
    }

    /** Prints the differing lines; returns how many bytes differ. */
    static int print(PrintWriter out, Image image, byte[] part, int offset) {
        List<Integer> diff = image.differences(part);
        int previousLine = -1;
        for (int d : diff) {
            int line = d - d % 16;
            if (line == previousLine) {
                continue;
            }
            previousLine = line;
            StringBuilder chip = new StringBuilder();
            StringBuilder file = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = line; i < line + 16 && i < image.length(); i++) {
                boolean defined = image.defined().get(i);
                boolean differs = defined && image.data()[i] != part[i];
                chip.append(String.format(" %02x", part[i] & 0xff));
                file.append(defined ? String.format(" %02x", image.data()[i] & 0xff) : " --");
                marks.append(differs ? " ^^" : "   ");
            }
            out.printf("%03x part%s%n     file%s%n         %s%n", offset + line, chip, file, marks.toString().stripTrailing());
        }
        return diff.size();
    }
}
