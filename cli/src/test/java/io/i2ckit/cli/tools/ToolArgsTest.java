// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static io.i2ckit.cli.tools.I2cToolsVersion.V4_3;
import static io.i2ckit.cli.tools.I2cToolsVersion.V4_4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The option scan as i2c-tools 4.3 and 4.4 (glibc's getopt) each read a line. */
class ToolArgsTest {
    private static ToolArgs scan(I2cToolsVersion v, String... argv) {
        return ToolArgs.scan(List.of(argv), "Vfymra", "mr", v, false);
    }

    /** What the program says and returns when the scan stopped, or null when it goes on. */
    private static String stop(ToolArgs args) {
        StringWriter err = new StringWriter();
        Integer code = args.stopEarly(new PrintWriter(err, true), "i2cset", () -> {
            err.write("USAGE\n");
            return 1;
        });
        return code == null ? null : err + "exit " + code;
    }

    @Test
    void version44TakesOptionsAnywhereMergedAndWithAttachedValues() {
        ToolArgs a = scan(V4_4, "1", "-fy", "0x50", "-m0x0f", "0", "-r", "0x10-0x1f", "1");
        assertEquals(List.of(new ToolArgs.Flag('f', null), new ToolArgs.Flag('y', null), new ToolArgs.Flag('m', "0x0f"),
                new ToolArgs.Flag('r', "0x10-0x1f")), a.flags());
        assertEquals(List.of("1", "0x50", "0", "1"), a.rest());
        assertNull(stop(a));
    }

    @Test
    void version43ReadsOnlyTheLetterAfterTheDashAndStopsAtTheFirstWord() {
        ToolArgs a = scan(V4_3, "-fy", "-m0x0f", "0xff", "1", "-y");
        assertEquals(List.of(new ToolArgs.Flag('f', null), new ToolArgs.Flag('m', "0xff")), a.flags());
        assertEquals(List.of("1", "-y"), a.rest());
    }

    @Test
    void doubleDashEndsTheOptionsAndPosixlyCorrectStopsAtTheFirstWord() {
        assertEquals(List.of("1", "-y"), scan(V4_4, "--", "1", "-y").rest());
        ToolArgs posixly = ToolArgs.scan(List.of("-f", "1", "-y"), "Vfymra", "mr", V4_4, true);
        assertEquals(List.of(new ToolArgs.Flag('f', null)), posixly.flags());
        assertEquals(List.of("1", "-y"), posixly.rest());
        assertEquals(List.of("-", "1"), scan(V4_4, "-", "1").rest(), "a lone dash is an argument");
    }

    @Test
    void anUnknownLetterIsNamedInEachReleasesWords() {
        assertEquals("Error: Unsupported option \"-x\"!\nUSAGE\nexit 1", stop(scan(V4_3, "-x", "1")));
        assertEquals("i2cset: invalid option -- 'x'\nUSAGE\nexit 1", stop(scan(V4_4, "1", "-fx")));
        assertEquals("i2cset: invalid option -- '-'\nUSAGE\nexit 1", stop(scan(V4_4, "--help")));
        assertEquals("i2cset: invalid option -- '1'\nUSAGE\nexit 1", stop(scan(V4_4, "1", "-1")),
                "a negative number is options to getopt");
    }

    @Test
    void aValueMissingAtTheEndIsAnErrorIn44AndNullIn43() {
        assertEquals("i2cset: option requires an argument -- 'm'\nUSAGE\nexit 1", stop(scan(V4_4, "-y", "-m")));
        ToolArgs old = scan(V4_3, "-m");
        assertEquals(List.of(new ToolArgs.Flag('m', null)), old.flags());
        assertNull(stop(old));
    }

    @Test
    void helpPrintsTheUsageAndSucceedsIn44WhereverItStandsAndIsUnknownIn43() {
        assertEquals("USAGE\nexit 0", stop(scan(V4_4, "1", "0x50", "-h")));
        assertEquals("USAGE\nexit 0", stop(scan(V4_4, "-Vh")), "-h before the version is printed");
        assertEquals("i2cset: invalid option -- 'x'\nUSAGE\nexit 1", stop(scan(V4_4, "-xh")), "the first stop counts");
        assertEquals("Error: Unsupported option \"-h\"!\nUSAGE\nexit 1", stop(scan(V4_3, "-h")));
    }

    @Test
    void allowProtectedIsAnOptionAnywhereIn44AndBeforeTheWordsIn43() {
        assertEquals(List.of(new ToolArgs.Flag(ToolArgs.PROTECTED, null)),
                scan(V4_4, "1", ToolArgs.ALLOW_PROTECTED).flags());
        assertEquals(List.of("1", ToolArgs.ALLOW_PROTECTED), scan(V4_3, "1", ToolArgs.ALLOW_PROTECTED).rest());
    }
}
