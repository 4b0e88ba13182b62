// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A mistyped command is named with what it was probably meant to be, never parsed further. */
class CommandNamesTest {
    @TempDir
    Path dir;

    private void assertUsage(String error, String... args) {
        CliHarness.Result r = new CliHarness(dir).run(args);
        assertEquals(2, r.code(), r.toString());
        assertEquals(error + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMistypedToolNameIsNotParsedAsWhateverCommandComesLater() {
        assertUsage("Error: unknown command 'i2cg'; did you mean 'get' (i2cget)? (see 'i2ckit --help')",
                "i2cg", "-y", "sim", "0x48", "0", "w");
        assertUsage("Error: unknown command 'i2cset'; did you mean 'set' (i2cset)? (see 'i2ckit --help')",
                "--sim-dir", dir.toString(), "i2cset", "-y", "sim", "0x48", "0", "1");
    }

    @Test
    void aMistypedSubcommandGetsItsNearestSiblings() {
        assertUsage("Error: unknown command 'progam'; did you mean 'program'? (see 'i2ckit fan --help')",
                "fan", "progam", "x");
        assertUsage("Error: unknown command 'eprom'; did you mean 'eeprom'? (see 'i2ckit --help')", "eprom", "read");
    }

    @Test
    void aWordNearNothingListsTheCommands() {
        CliHarness.Result r = new CliHarness(dir).run("xyzzy");
        assertEquals("Error: unknown command 'xyzzy': use one of fan, demo, detect, dump, get, set, transfer, scan,"
                + " batch, eeprom, board, modules, sim, shell, engine, help (see 'i2ckit --help')\n", r.err());
    }

    @Test
    void nearestPrefersFewestEditsAndKnowsTheI2cToolsNames() {
        List<String> names = List.of("detect", "dump", "get", "set", "transfer");
        assertEquals(List.of("dump"), CommandNames.nearest("i2cdmup", names));
        assertEquals(List.of("transfer"), CommandNames.nearest("tranfser", names));
        assertEquals(List.of(), CommandNames.nearest("q", names));
        assertEquals(2, CommandNames.distance("i2cg", "i2cget"));
        assertEquals(1, CommandNames.distance("ab", "ba"));
    }
}
