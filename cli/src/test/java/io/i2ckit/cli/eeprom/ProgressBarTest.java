// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressBarTest {
    private long now;

    @Test
    void drawsOnlyOnceTheOperationHasLastedAMomentAndErasesItself() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), () -> now);
        bar.update("reading", 100, 512);
        assertEquals("", text.toString(), "a quick operation draws nothing");
        now += 400_000_000;
        bar.update("writing", 256, 512);
        assertEquals("\rwriting  [###############               ]  50% ", text.toString());
        bar.update("writing", 257, 512);
        assertEquals("\rwriting  [###############               ]  50% ", text.toString(), "same percent: no redraw");
        bar.clear();
        assertEquals("\rwriting  [###############               ]  50% \r" + " ".repeat(50) + "\r", text.toString());
    }
}
