// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

/**
 * A BME280's trimming parameters and the datasheet's integer compensation (section 4.2.3),
 * run backwards: the simulator needs the raw readings that a driver's compensation turns into
 * the temperature, pressure and humidity the simulation was set to. Each compensated value is
 * monotonic in its raw reading over the sensor's range, so a bisection finds the raw value.
 *
 * <p>The trimming values are the BMP280 datasheet's worked example (section 3.12) for
 * temperature and pressure and a typical part's for humidity.
 */
final class Bme280Calibration {
    final int t1 = 27504;
    final int t2 = 26435;
    final int t3 = -1000;
    final int p1 = 36477;
    final int p2 = -10685;
    final int p3 = 3024;
    final int p4 = 2855;
    final int p5 = 140;
    final int p6 = -7;
    final int p7 = 15500;
    final int p8 = -14600;
    final int p9 = 6000;
    final int h1 = 75;
    final int h2 = 362;
    final int h3 = 0;
    final int h4 = 313;
    final int h5 = 50;
    final int h6 = 30;

    /** The trimming block as the chip stores it: 0x88-0xA1 (26 bytes) and 0xE1-0xE7 (7 bytes). */
    void store(int[] registers) {
        int[] words = {t1, t2, t3, p1, p2, p3, p4, p5, p6, p7, p8, p9};
        for (int i = 0; i < words.length; i++) {
            registers[0x88 + 2 * i] = words[i] & 0xff;
            registers[0x89 + 2 * i] = words[i] >> 8 & 0xff;
        }
        registers[0xa1] = h1;
        registers[0xe1] = h2 & 0xff;
        registers[0xe2] = h2 >> 8 & 0xff;
        registers[0xe3] = h3;
        registers[0xe4] = h4 >> 4 & 0xff;                 // H4 [11:4]
        registers[0xe5] = (h5 & 0x0f) << 4 | h4 & 0x0f;    // H5 [3:0] | H4 [3:0]
        registers[0xe6] = h5 >> 4 & 0xff;                 // H5 [11:4]
        registers[0xe7] = h6 & 0xff;
    }

    int fineTemperature(int adcT) {
        int a = ((adcT >> 3) - (t1 << 1)) * t2 >> 11;
        int d = (adcT >> 4) - t1;
        int b = ((d * d) >> 12) * t3 >> 14;
        return a + b;
    }

    /** Hundredths of a degree Celsius. */
    int temperature(int adcT) {
        return (fineTemperature(adcT) * 5 + 128) >> 8;
    }

    /** Pascals times 256. */
    long pressure(int adcP, int fine) {
        long a = (long) fine - 128000;
        long b = a * a * p6 + ((a * p5) << 17) + ((long) p4 << 35);
        a = ((a * a * p3) >> 8) + ((a * p2) << 12);
        a = ((1L << 47) + a) * p1 >> 33;
        if (a == 0) {
            return 0;
        }
        long p = 1048576 - adcP;
        p = ((p << 31) - b) * 3125 / a;
        long c = ((long) p9 * (p >> 13) * (p >> 13)) >> 25;
        long e = ((long) p8 * p) >> 19;
        return ((p + c + e) >> 8) + ((long) p7 << 4);
    }

    /** Percent relative humidity times 1024. */
    int humidity(int adcH, int fine) {
        int x = fine - 76800;
        int scaled = ((adcH << 14) - (h4 << 20) - h5 * x + 16384) >> 15;
        int gain = ((((x * h6 >> 10) * ((x * h3 >> 11) + 32768)) >> 10) + 2097152) * h2 + 8192 >> 14;
        x = scaled * gain;
        x -= ((((x >> 15) * (x >> 15)) >> 7) * h1) >> 4;
        x = Math.max(0, Math.min(419430400, x));
        return x >> 12;
    }

    /**
     * The 20-bit raw temperature that compensates closest to {@code celsius}, a multiple of
     * {@code step} (16 for a 16-bit reading: the low bits of a coarser reading are zero).
     */
    int rawTemperature(double celsius, int step) {
        long target = Math.round(celsius * 100);
        return step * closest(0, ((1 << 20) - 1) / step, i -> temperature(i * step) - target);
    }

    /** The raw pressure, a multiple of {@code step}, that compensates closest to {@code hectopascals}. */
    int rawPressure(double hectopascals, int adcT, int step) {
        int fine = fineTemperature(adcT);
        long target = Math.round(hectopascals * 100 * 256);
        return step * closest(0, ((1 << 20) - 1) / step, i -> target - pressure(i * step, fine)); // falls as raw rises
    }

    /** The 16-bit raw humidity that compensates closest to {@code percent} at that temperature. */
    int rawHumidity(double percent, int adcT) {
        int fine = fineTemperature(adcT);
        long target = Math.round(percent * 1024);
        return closest(0, 0xffff, raw -> humidity(raw, fine) - target);
    }

    private interface Deviation {
        long of(int raw);
    }

    /** Bisection for the sign change of a rising {@code error}, then the nearer neighbour. */
    private static int closest(int low, int high, Deviation error) {
        int lo = low;
        int hi = high;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (error.of(mid) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > low && Math.abs(error.of(lo - 1)) <= Math.abs(error.of(lo))) {
            return lo - 1;
        }
        return lo;
    }
}
