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

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("string 2 (\"a∑b\"), character 2: '∑' (U+2211) is not in the font; draw it in a font file and"
                + " add --font FILE, or 'i2ckit fan font' lists the characters there are", e.getMessage());
    }

    @Test
    void aMessageOverTheMemorySaysByHowManyBytes() {
        String s = "x".repeat(102); // 1 + 1 + 510 = 512 fits exactly
        assertEquals(512, encoder.encode(List.of(s)).used());
        FanFormatException e = assertThrows(FanFormatException.class, () -> encoder.encode(List.of(s + "x")));
        assertTrue(e.getMessage().startsWith("the message needs 517 bytes, 5 more than the fan's 512-byte memory"),
                e.getMessage());
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
        assertTrue(m.warnings().get(0).startsWith("string 1 has 21 characters, more than the 20 of pov_fan's code"));
        assertTrue(m.warnings().get(1).startsWith("7 strings, more than the 6 of pov_fan's code"));
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
}
