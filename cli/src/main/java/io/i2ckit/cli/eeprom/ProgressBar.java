// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.eeprom.EepromOptions;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, drawn only at a terminal and only once an operation has
 * lasted a moment; it erases itself when done.
 */
final class ProgressBar implements EepromOptions.Progress {
    private static final long SHOW_AFTER_NANOS = 300_000_000;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final java.util.function.LongSupplier clock;
    private final long started;
    private boolean drawn;
    private int lastPercent = -1;
    private String lastPhase = "";

    ProgressBar(PrintWriter err) {
        this(err, System::nanoTime);
    }

    ProgressBar(PrintWriter err, java.util.function.LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    @Override
    public void update(String phase, int done, int total) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (clock.getAsLong() - started < SHOW_AFTER_NANOS || (percent == lastPercent && phase.equals(lastPhase))) {
            return;
        }
        lastPercent = percent;
        lastPhase = phase;
        int filled = WIDTH * percent / 100;
        err.printf("\r%-8s [%s%s] %3d%% ", phase, "#".repeat(filled), " ".repeat(WIDTH - filled), percent);
        err.flush();
        drawn = true;
    }

    /** Erases the bar, if one was drawn, so the next line starts clean. */
    void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 20) + "\r");
            err.flush();
        }
    }
}
