// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.cli.tools.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The i2c-tools subcommands given straight to their tool print and return what picocli's way does. */
class ToolCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aToolLineGoesStraightToTheToolUnlessPicocliHasAWordInIt() {
        assertEquals(Optional.of(Tool.GET), ToolCommands.direct("get", "-y", "1", "0x50", "0"));
        assertEquals(Optional.of(Tool.DETECT), ToolCommands.direct("detect"));
        assertEquals(Optional.empty(), ToolCommands.direct("get", "--stacktrace", "-y", "1", "0x50"));
        assertEquals(Optional.empty(), ToolCommands.direct("set", "-y", "1", "0x50", "--", "1"));
        assertEquals(Optional.empty(), ToolCommands.direct("--stacktrace", "get", "-y", "1", "0x50"));
        assertEquals(Optional.empty(), ToolCommands.direct("eeprom", "read"));
        assertEquals(Optional.empty(), ToolCommands.direct());
    }

    @Test
    void straightOrThroughPicocliEveryLinePrintsAndExitsTheSame() {
        List<String[]> lines = List.of(
                new String[] {"get", "-y", "sim", "0x48", "0x00"},
                new String[] {"get", "sim", "0x48"},
                new String[] {"set", "-y", "sim", "0x48", "0x10", "0x42"},
                new String[] {"set", "-y", "-r", "sim", "0x48", "0x10", "0x43", "b"},
                new String[] {"dump", "-y", "sim", "0x50", "b"},
                new String[] {"detect", "-y", "sim"},
                new String[] {"detect", "-l"},
                new String[] {"transfer", "-y", "sim", "w1@0x48", "0x00", "r1"},
                new String[] {"get", "--help"},
                new String[] {"get", "-h"},
                new String[] {"get", "-V"},
                new String[] {"get"},
                new String[] {"get", "-y", "nonesuch", "0x48"},
                new String[] {"get", "-y", "sim", "0x48", "0x100"},
                new String[] {"set", "-y", "sim", "0x48", "-1"});
        int n = 0;
        for (String[] line : lines) {
            n++;
            CliHarness.Result straight = new CliHarness(dir.resolve("straight" + n)).run(line);
            CliHarness.Result parsed = new CliHarness(dir.resolve("parsed" + n)).runThroughPicocli(line);
            assertEquals(parsed.toString().replace("parsed" + n, "DIR"), straight.toString().replace("straight" + n, "DIR"),
                    String.join(" ", line));
        }
    }
}
