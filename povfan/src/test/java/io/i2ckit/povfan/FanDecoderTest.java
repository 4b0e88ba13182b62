// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FanDecoderTest {
    private final FanFont font = FanFont.standard();
    private final FanEncoder encoder = new FanEncoder(font, FanProfile.standard());
    private final FanDecoder decoder = new FanDecoder(font);

    @Test
    void everyGlyphOfTheFontRoundTrips() {
        StringBuilder all = new StringBuilder();
        font.glyphs().keySet().forEach(all::appendCodePoint);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < all.length(); i += 40) {
            strings.add(all.substring(i, Math.min(all.length(), all.offsetByCodePoints(0, 0) + i + 40)));
        }
        // the font is too big for one 512-byte image: round trip it in images of 40 characters
        for (String s : strings) {
            FanDecoder.Decoded d = decoder.decode(encoder.encode(List.of(s)).bytes());
            assertEquals(List.of(s), d.strings());
            assertTrue(d.unknowns().isEmpty());
        }
    }

    @Test
    void everyGlyphIsStoredReversedInvertedWithBit7Set() {
        for (Map.Entry<Integer, Glyph> e : font.glyphs().entrySet()) {
            String s = new String(Character.toChars(e.getKey()));
            byte[] b = encoder.encode(List.of(s, s + "x")).bytes();
            for (int j = 0; j < 5; j++) {
                int stored = b[2 + j] & 0xff;
                assertEquals(0x80, stored & 0x80, "bit 7 of " + s);
                assertEquals(e.getValue().column(4 - j), ~stored & 0x7f, "column " + (4 - j) + " of " + s);
            }
            // string 2 is the character then x: stored x first, so the character is its second cell
            assertArrayEquals(Arrays.copyOfRange(b, 2, 7), Arrays.copyOfRange(b, 13, 18), s);
            for (int r = 0; r < 7; r++) {
                assertEquals(e.getValue().lit(r, 0), (b[6] >> (6 - r) & 1) == 0, "left column, row " + r + " of " + s);
            }
        }
    }

    @Test
    void bit7IsIgnoredWhenReading() {
        byte[] image = encoder.encode(List.of("Olá", "T")).bytes();
        for (int i = 2; i < image.length; i++) {
            if (i != 2 + 15) { // not the second string's length byte
                image[i] &= 0x7f;
            }
        }
        assertEquals(List.of("Olá", "T"), decoder.decode(image).strings());
    }

    @Test
    void anUnknownGlyphReadsAsQuestionMarkAndIsListed() {
        byte[] image = HexFormat.of().parseHex("0102bfbf80bfbf" + "aa55aa55aa");
        FanDecoder.Decoded d = decoder.decode(image);
        assertEquals(List.of("?T"), d.strings());
        assertEquals(1, d.unknowns().size());
        assertEquals("string 1, character 1 (bytes 7-11): ", d.unknowns().get(0).describe().substring(0, 36));
    }

    @Test
    void bytesAfterTheMessageAreNotLookedAt() {
        byte[] image = new byte[512];
        Arrays.fill(image, (byte) 0xff);
        byte[] m = encoder.encode(List.of("Hi")).bytes();
        System.arraycopy(m, 0, image, 0, m.length);
        assertEquals(List.of("Hi"), decoder.decode(image).strings());
        assertEquals(m.length, decoder.decode(image).length());
    }

    @Test
    void malformedImagesAreClearErrors() {
        assertTrue(assertThrows(FanFormatException.class, () -> decoder.decode(new byte[0])).getMessage()
                .startsWith("the image is empty"));
        byte[] erased = new byte[512];
        Arrays.fill(erased, (byte) 0xff);
        assertTrue(assertThrows(FanFormatException.class, () -> decoder.decode(erased)).getMessage()
                .contains("erased"));
        assertEquals("not a fan message: string 1 of 2 says 3 characters (bytes 1-16), but the image ends at byte 6",
                assertThrows(FanFormatException.class, () -> decoder.decode(HexFormat.of().parseHex("0203bfbf80bfbf")))
                        .getMessage());
        assertTrue(assertThrows(FanFormatException.class, () -> decoder.decode(HexFormat.of().parseHex("0201bfbf80bfbf")))
                .getMessage().contains("ends before string 2 begins"));
    }

    @Test
    void aSeededStreamOfMalformedImagesNeverCrashesTheDecoder() {
        Random random = new Random(2026);
        byte[] good = encoder.encode(List.of("Talita,", "eu te amo", "♥")).bytes();
        int decoded = 0;
        int refused = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] image = switch (trial % 3) {
                case 0 -> Arrays.copyOf(good, random.nextInt(good.length + 1)); // truncated
                case 1 -> { // a few bytes changed, count and lengths included
                    byte[] b = good.clone();
                    for (int k = random.nextInt(4); k >= 0; k--) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                    yield b;
                }
                default -> { // noise of any size
                    byte[] b = new byte[random.nextInt(600)];
                    random.nextBytes(b);
                    yield b;
                }
            };
            try {
                FanDecoder.Decoded d = decoder.decode(image);
                assertTrue(d.length() <= image.length);
                decoded++;
            } catch (FanFormatException expected) {
                assertTrue(expected.getMessage().length() < 300);
                refused++;
            }
        }
        assertTrue(decoded > 1000 && refused > 1000, decoded + " decoded, " + refused + " refused");
    }
}
