// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.eeprom;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageFormatTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImageFormatTest.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    @Test
    void aPastedI2cdumpSessionParsesBlockByBlock() throws IOException {
        byte[] text = resource("stub-0x50-b.txt");
        assertEquals(ImageFormat.DUMP, ImageFormat.detect(text));
        Image image = ImageFormat.DUMP.parse(text);
        assertEquals(512, image.length());
        assertEquals('H', image.data()[0]);
        assertEquals((byte) 0xff, image.data()[0xff]);
        assertEquals((byte) 0x00, image.data()[0x110]);
        assertEquals((byte) 0x7f, image.data()[0x11f]);
        assertFalse(image.defined().get(0x111), "XX: unreadable, left undefined");
        assertFalse(image.defined().get(0x120), "rows the range left out are undefined");
        assertEquals(List.of("0+273", "274+14"), image.runs().stream().map(r -> r[0] + "+" + r[1]).toList());
    }

    @Test
    void dumpsRenderAsI2cdumpTablesAndParseBack() {
        byte[] image = random(512);
        String text = new String(ImageFormat.DUMP.render(image, 0, 256, 0x50));
        assertTrue(text.startsWith("# bytes 0x000-0x0ff (address 0x50)\n     0  1  2  3"), text);
        assertTrue(text.contains("# bytes 0x100-0x1ff (address 0x51)\n"), text);
        Image back = ImageFormat.DUMP.parse(text.getBytes());
        assertTrue(back.isComplete());
        assertArrayEquals(image, back.data());
    }

    @Test
    void aPartialDumpBlanksTheCellsOutsideAndParsesBackInPlace() {
        byte[] data = {1, 2, 3, 4, 5};
        String[] lines = new String(ImageFormat.DUMP.render(data, 0x10e, 256, 0x50)).split("\n");
        assertEquals("# bytes 0x10e-0x112 (address 0x51)", lines[0]);
        assertEquals("00: " + "   ".repeat(14) + "01 02 " + "   " + " ".repeat(14) + "??", lines[2]);
        assertEquals("10: 03 04 05 " + "   ".repeat(13) + "   " + "???" + " ".repeat(13), lines[3]);
        assertEquals(4, lines.length);
        Image back = ImageFormat.DUMP.parse(String.join("\n", lines).getBytes());
        assertEquals(List.of("270+5"), back.runs().stream().map(r -> r[0] + "+" + r[1]).toList(),
                "the comment places the table at 0x100");
    }

    @Test
    void wordDumpsAreRefusedWithTheModeToUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFormat.DUMP.parse(
                "     0,8  1,9  2,a  3,b  4,c  5,d  6,e  7,f\n00: 0100 0201 0302 0403 0504 0605 0706 0807\n".getBytes()));
        assertEquals("dump line 1: a word-mode dump (w); take one in mode b or i", e.getMessage());
    }

    @Test
    void intelHexRoundTripsAndIsRecognised() {
        byte[] image = random(512);
        byte[] hex = ImageFormat.IHEX.render(image, 0, 256, 0x50);
        assertEquals(ImageFormat.IHEX, ImageFormat.detect(hex));
        String text = new String(hex);
        assertTrue(text.endsWith(":00000001FF\n"), text);
        assertEquals(32 + 1, text.lines().count());
        assertArrayEquals(image, ImageFormat.IHEX.parse(hex).data());
    }

    @Test
    void intelHexGapsStayUndefinedAndExtendedAddressesCount() {
        String text = """
                :0400100001020304E2
                :020000040000FA
                :0100200005DA
                :00000001FF
                """;
        Image image = ImageFormat.IHEX.parse(text.getBytes());
        assertEquals(0x21, image.length());
        assertEquals(List.of("16+4", "32+1"), image.runs().stream().map(r -> r[0] + "+" + r[1]).toList());
        assertEquals(5, image.data()[0x20]);
    }

    @Test
    void damagedIntelHexNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageFormat.IHEX.parse(":0400100001020304E3\n:00000001FF\n".getBytes()));
        assertEquals("Intel HEX line 1: checksum mismatch", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ImageFormat.IHEX.parse(":0400100001020304E2\n".getBytes()));
        assertTrue(e.getMessage().contains("no end-of-file record"), e.getMessage());
    }

    @Test
    void anythingElseIsRaw() {
        byte[] image = random(256);
        assertEquals(ImageFormat.RAW, ImageFormat.detect(image));
        assertArrayEquals(image, ImageFormat.RAW.parse(image).data());
        assertEquals(ImageFormat.IHEX, ImageFormat.named("hex"));
        assertThrows(IllegalArgumentException.class, () -> ImageFormat.named("srec"));
    }

    @Test
    void aDumpLineThatIsNeitherTableNorCommentIsRefusedWithItsNumber() {
        String header = "     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f    0123456789abcdef\n";
        String row = "00: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f    ................\n";
        assertEquals("dump line 3: '70: 12 34 zz 56 78' is not a whole row: 'NN: ' and 16 cells (two hex digits, XX, or blank)",
                assertThrows(IllegalArgumentException.class, () -> ImageFormat.DUMP.parse(
                        (header + row + "70: 12 34 zz 56 78\n").getBytes())).getMessage());
        assertEquals("dump line 2: 'the fan's bytes:' is not part of an i2cdump table; delete it, or make it a comment with #",
                assertThrows(IllegalArgumentException.class, () -> ImageFormat.DUMP.parse(
                        (header + "the fan's bytes:\n" + row).getBytes())).getMessage());
        Image ok = ImageFormat.DUMP.parse(("$ i2cdump -y 1 0x50 b\nWARNING! This program can confuse your I2C bus\n"
                + "Continue? [Y/n] y\n# my notes\n\n" + header + row).getBytes());
        assertEquals(16, ok.defined().cardinality());
    }
}
