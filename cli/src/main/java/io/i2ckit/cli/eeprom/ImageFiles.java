// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.eeprom.Image;
import io.i2ckit.eeprom.ImageFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading and writing image files, their format given or judged from content and name. */
public final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * The image in {@code file}, checked to fit the part from {@code offset}, read in the format
     * given, else the one its name says (a .hex that is no Intel HEX is refused, never taken as
     * raw bytes), else the one its content shows; {@code out} is told which and why.
     */
    static Image read(PrintWriter out, Path file, String format, EepromType type, int offset) {
        byte[] content = bytes(file);
        ImageFormat byName = ImageFormat.byName(file.getFileName().toString());
        ImageFormat f = format != null ? ImageFormat.named(format) : byName != null ? byName : ImageFormat.detect(content);
        String why = format != null ? "--format" : byName != null ? "its name" : "its content";
        Image image;
        try {
            image = f.parse(content);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(file + ", read as " + f.title() + " (" + why + "): " + e.getMessage()
                    + (format == null ? "; if it is another format, say which with --format raw|hex|dump" : ""));
        }
        if (image.defined().isEmpty()) {
            throw CliException.usage(file + " holds no bytes to write");
        }
        if (offset + image.length() > type.size()) {
            throw CliException.usage(String.format("%s holds %d bytes; from offset 0x%x the %s has room for %d",
                    file, image.length(), offset, type.name(), type.size() - offset));
        }
        int bytes = image.defined().cardinality();
        out.printf("Read %s as %s (%s): %d byte%s%n", file, f.title(), why, bytes, bytes == 1 ? "" : "s");
        return image;
    }

    /** The bytes of a file a user named: a missing one is a usage error. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CliException.usage(file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The format to write {@code file} in: as asked, else by its name (.hex, .txt/.dump), else raw. */
    static ImageFormat formatFor(Path file, String format) {
        if (format != null) {
            return ImageFormat.named(format);
        }
        ImageFormat byName = ImageFormat.byName(file.getFileName().toString());
        return byName != null ? byName : ImageFormat.RAW;
    }

    /** @return whether it went to a stream rather than a file (see {@link io.i2ckit.cli.OutputFiles#write}) */
    static boolean write(Path file, byte[] content) {
        return io.i2ckit.cli.OutputFiles.write(file, content);
    }
}
