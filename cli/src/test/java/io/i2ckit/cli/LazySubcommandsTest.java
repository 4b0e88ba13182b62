// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the subcommand a command line runs is built; help and errors still see them all. */
class LazySubcommandsTest {
    @TempDir
    Path dir;

    @Test
    void theCommandNamedIsTheOnlyOneBuilt() {
        assertEquals(Set.of("fan"), Main.needed("fan", "program", "x"));
        assertEquals(Set.of("get"), Main.needed("--sim-dir", "get", "get", "-y", "sim", "0x48", "0"));
        assertEquals(Set.of("eeprom"), Main.needed("--stacktrace", "eeprom", "info"));
        assertEquals(Set.of(), Main.needed("--version"));
    }

    @Test
    void helpAndMistakesSeeEveryCommand() {
        Set<String> all = I2ckitCommand.SUBCOMMANDS.keySet();
        assertEquals(all, Main.needed());
        assertEquals(all, Main.needed("--help"));
        assertEquals(all, Main.needed("help", "fan"));
        assertEquals(all, Main.needed("frobnicate"));
        CliHarness cli = new CliHarness(dir);
        assertTrue(cli.run("help", "fan").out().contains("program"), "help reaches a subcommand");
        assertTrue(cli.run("--help").out().contains("transfer"));
        assertEquals("", cli.run("--version").err());
    }
}
