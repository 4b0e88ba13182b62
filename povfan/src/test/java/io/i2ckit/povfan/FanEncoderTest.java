// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FanEncoderTest {
    private final FanEncoder encoder = new FanEncoder(FanFont.standard(), FanProfile.standard());

    @Test
    void goldenTextsEncodeToTheirExactBytes() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("golden.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank() && !l.startsWith(";")).toList();
        assertTrue(lines.size() >= 10, "fixture pairs");
        for (int i = 0; i < lines.size(); i += 2) {
            List<String> strings = Arrays.asList(lines.get(i).split(" \\| "));
            String expected = lines.get(i + 1).replace(" ", "").toLowerCase();
            assertEquals(expected, HexFormat.of().formatHex(encoder.encode(strings).bytes()), lines.get(i));
        }
    }

    @Test
    void capacityCountsFiveBytesACharacterAndOneAString() {
        FanMessage m = encoder.encode(List.of("Talita,", "eu te amo"));
        assertEquals(1 + 1 + 35 + 1 + 45, m.used());
        assertEquals("83 of 512 bytes used, 429 free", m.capacityLine());
    }

    @Test
    void aCharacterNotInTheFontIsNamedWithItsStringAndPlace() {
        FanFormatException e = assertThrows(FanFormatException.class, () -> encoder.encode(List.of("ok", "a∑b")));
        assertEquals("1 character is not in the font: string 2 (\"a∑b\") character 2 '∑' (U+2211); draw it in a font"
                + " file and add --font FILE, or 'i2ckit fan font' lists the characters there are", e.getMessage());
    }

    @Test
    void everyMissingCharacterIsNamedInOrder() {
        FanFormatException e = assertThrows(FanFormatException.class, () -> encoder.encode(List.of("a∑b", "ok ∂ ≈")));
        assertEquals("3 characters are not in the font: string 1 (\"a∑b\") character 2 '∑' (U+2211); string 2"
                + " (\"ok ∂ ≈\") character 4 '∂' (U+2202); string 2 (\"ok ∂ ≈\") character 6 '≈' (U+2248); draw them"
                + " in a font file and add --font FILE, or 'i2ckit fan font' lists the characters there are", e.getMessage());
    }

    @Test
    void decomposedTextIsComposedBeforeTheGlyphsAreLookedUp() {
        String typed = "cafe\u0301"; // e + COMBINING ACUTE ACCENT, as some keyboards send "é"
        FanMessage m = encoder.encode(List.of(typed));
        assertArrayEquals(encoder.encode(List.of("caf\u00e9")).bytes(), m.bytes());
        assertEquals(List.of("caf\u00e9"), m.strings());
        assertEquals(1 + 1 + 4 * 5, m.used());
    }

    @Test
    void aMessageOverTheMemorySaysByHowManyBytes() {
        String s = "x".repeat(102); // 1 + 1 + 510 = 512 fits exactly
        assertEquals(512, encoder.encode(List.of(s)).used());
        FanFormatException e = assertThrows(FanFormatException.class, () -> encoder.encode(List.of(s + "x")));
        assertEquals("the message needs 517 bytes, 5 more than the fan's 512-byte memory (t24c04a): shorten it"
                + " (each character takes 5 bytes, each string 1 more)", e.getMessage());
    }

    @Test
    void theTooLongErrorSuggestsFitOnlyWhereSplittingMakesItFit() {
        List<String> sixty = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sixty.add("ab");
        }
        FanFormatException many = assertThrows(FanFormatException.class, () -> encoder.encode(sixty));
        assertFalse(many.getMessage().contains("--fit"), many.getMessage());
        // 103 characters (517 bytes); split into 20-character strings: 6 strings, 497 bytes
        String words = "abc ".repeat(26).strip();
        FanFormatException spaced = assertThrows(FanFormatException.class, () -> encoder.encode(List.of(words)));
        assertTrue(spaced.getMessage().endsWith("or let --fit split it at spaces (which saves 4 bytes a split)"),
                spaced.getMessage());
        assertTrue(encoder.encode(encoder.fit(List.of(words))).used() <= 512);
        FanFormatException fitted = assertThrows(FanFormatException.class,
                () -> encoder.encode(encoder.fit(List.of("x".repeat(101), "y"))));
        assertFalse(fitted.getMessage().contains("--fit"), fitted.getMessage());
    }

    @Test
    void theSoftLimitsWarnAndSayWhereTheyComeFrom() {
        List<String> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add("s" + i);
        }
        seven.set(0, "twenty-one characters");
        FanMessage m = encoder.encode(seven);
        assertEquals(2, m.warnings().size(), m.warnings().toString());
        assertEquals("string 1 has 21 characters; this fan may show only the first 20 (--fit splits it)",
                m.warnings().get(0));
        assertEquals("7 strings; this fan may show only the first 6", m.warnings().get(1));
        // split into 6 strings, 102 characters would need 517 bytes: --fit would not help
        assertEquals("string 1 has 102 characters; this fan may show only the first 20",
                encoder.encode(List.of("x".repeat(102))).warnings().get(0));
    }

    @Test
    void emptyStringsAndNoStringsAreRefused() {
        assertThrows(FanFormatException.class, () -> encoder.encode(List.of()));
        assertTrue(assertThrows(FanFormatException.class, () -> encoder.encode(List.of("a", "")))
                .getMessage().startsWith("string 2 is empty"));
    }

    @Test
    void fitSplitsAtWordsWithinTheProfilesCharacters() {
        List<String> fitted = encoder.fit(List.of("Talita, eu te amo muito mais do que as estrelas do céu"));
        assertEquals(List.of("Talita, eu te amo", "muito mais do que as", "estrelas do céu"), fitted);
        fitted.forEach(s -> assertTrue(s.length() <= 20, s));
        assertEquals(List.of("abcdefghijklmnopqrst", "uvw x"), encoder.fit(List.of("abcdefghijklmnopqrstuvw x")));
        assertTrue(encoder.encode(fitted).warnings().isEmpty());
    }

    @Test
    void fitKeepsStringsThatFitByteForByte() {
        List<String> fine = List.of("  centrado  ", "a  b   c", " ");
        assertEquals(fine, encoder.fit(fine));
        assertEquals(List.of("  twenty characters", "and  more"), encoder.fit(List.of("  twenty characters and  more")));
        List<String> once = encoder.fit(List.of("Talita, eu te amo muito mais do que as estrelas do céu"));
        assertEquals(once, encoder.fit(once));
    }
}
