// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The file formats of EEPROM images: raw bytes, Intel HEX, and the text i2cdump prints (its
 * {@code b} and {@code i} layouts, one table per 256-byte block), so a dump taken earlier or
 * pasted from a forum can be restored.
 */
public enum ImageFormat {
    RAW("raw bytes"), IHEX("Intel HEX"), DUMP("i2cdump text");

    private final String title;

    ImageFormat(String title) {
        this.title = title;
    }

    /** How a person calls it: "Intel HEX". */
    public String title() {
        return title;
    }

    /**
     * The format a file's name says (.hex/.ihex, .txt/.dump, .bin/.raw/.img/.eeprom), or null
     * when its name says nothing.
     */
    public static ImageFormat byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String[] row : new String[][] {{".hex", "IHEX"}, {".ihex", "IHEX"}, {".txt", "DUMP"}, {".dump", "DUMP"},
                {".bin", "RAW"}, {".raw", "RAW"}, {".img", "RAW"}, {".eeprom", "RAW"}}) {
            if (name.endsWith(row[0])) {
                return valueOf(row[1]);
            }
        }
        return null;
    }

    /** The format named {@code name} (raw, hex/ihex, dump), for {@code --format}. */
    public static ImageFormat named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "raw", "bin", "binary" -> RAW;
            case "hex", "ihex", "intel-hex" -> IHEX;
            case "dump", "i2cdump", "text" -> DUMP;
            default -> throw new IllegalArgumentException("unknown image format '" + name + "': use raw, hex or dump");
        };
    }

    /** What a file holds, judged from its content: Intel HEX records, an i2cdump table, else raw bytes. */
    public static ImageFormat detect(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith(":") && trimmed.matches("(?s):[0-9A-Fa-f]{10}.*")) {
            return IHEX;
        }
        if (head.matches("(?s).*(^|\n) {5}0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f.*")) {
            return DUMP;
        }
        return RAW;
    }

    public Image parse(byte[] content) {
        return switch (this) {
            case RAW -> Image.of(content);
            case IHEX -> IntelHex.parse(new String(content, StandardCharsets.ISO_8859_1));
            case DUMP -> DumpText.parse(new String(content, StandardCharsets.ISO_8859_1));
        };
    }

    /**
     * The bytes of a file holding {@code data}, the part's bytes from {@code offset} on. Intel HEX
     * and dumps place them at their offsets (a dump leaves the cells before and after blank, as
     * {@code i2cdump -r} does); raw files hold just the bytes.
     *
     * @param blockSize bytes one device address reaches (256 for parts with 1-byte word addresses)
     * @param baseAddress the part's first device address, named in the dump's comments
     */
    public byte[] render(byte[] data, int offset, int blockSize, int baseAddress) {
        return switch (this) {
            case RAW -> data.clone();
            case IHEX -> IntelHex.render(data, offset).getBytes(StandardCharsets.US_ASCII);
            case DUMP -> DumpText.render(data, offset, blockSize, baseAddress).getBytes(StandardCharsets.US_ASCII);
        };
    }
}
