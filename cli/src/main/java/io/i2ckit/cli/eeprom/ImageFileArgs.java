// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Numbers;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.eeprom.Image;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The image file write, verify and diff take: {@code FILE [--format F] [--offset N]}. */
final class ImageFileArgs {
    @Parameters(paramLabel = "FILE", description = "The image file (raw, Intel HEX, or i2cdump text).")
    Path file;

    @Option(names = "--format", paramLabel = "raw|hex|dump",
            description = "The file's format (default: as its name says: .hex/.ihex Intel HEX, .txt/.dump i2cdump text, "
                    + ".bin/.raw/.img raw; any other name: judged from its content).")
    String format;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Where the image starts in the part (default 0).")
    String offset;

    /** Where the image starts in a part of {@code type}, checked against its size. */
    int offset(EepromType type) {
        return (int) Numbers.parse(offset, 0, type.size() - 1, "--offset");
    }

    /** The file's image for a part of {@code type}, starting at {@code at}. */
    Image read(PrintWriter out, EepromType type, int at) {
        return ImageFiles.read(out, file, format, type, at);
    }
}
