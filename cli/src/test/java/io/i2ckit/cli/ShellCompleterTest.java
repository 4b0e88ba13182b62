// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Tab offers in i2ckit shell, asked as JLine asks it. */
class ShellCompleterTest {
    @TempDir
    Path dir;

    private Terminal terminal;
    private LineReader reader;
    private ShellCompleter completer;

    @BeforeEach
    void shell() throws Exception {
        CliHarness harness = new CliHarness(dir);
        Files.createDirectories(dir.resolve("sys/class/i2c-dev/i2c-3")); // an adapter, as sysfs lists them
        Files.writeString(dir.resolve("sys/class/i2c-dev/i2c-3/name"), "SMBus stub driver\n");
        Session session = new Session(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader("")), Map.of(), harness.buses(), false);
        terminal = TerminalBuilder.builder().dumb(true)
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build();
        reader = LineReaderBuilder.builder().terminal(terminal).build();
        completer = new ShellCompleter(session, Main.commandLine(session).getCommandSpec());
    }

    @AfterEach
    void close() throws Exception {
        terminal.close();
    }

    private List<String> tab(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, new DefaultParser().parse(line, line.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void theFirstWordIsACommandOrAnI2cToolsName() {
        List<String> first = tab("");
        assertTrue(first.containsAll(List.of("fan", "eeprom", "get", "i2cget", "i2cdetect", "i2ctransfer", "exit")),
                first.toString());
        assertFalse(first.contains("shell"), "no shell in the shell");
    }

    @Test
    void aBusIsTheSimulatorOrABusPresent() {
        assertEquals(List.of("sim", "3"), tab("fan program --bus "));
        assertEquals(List.of("sim", "3"), tab("i2cget -y "));
        assertEquals(List.of("sim", "3"), tab("get -y "));
    }

    @Test
    void simChipAddOffersTheChipTypes() {
        List<String> types = tab("sim chip add 0x48 ");
        assertTrue(types.containsAll(List.of("registers", "eeprom", "lm75", "bme280", "ssd1306")), types.toString());
    }

    @Test
    void aFileGoesWhereAFileIsExpected() throws Exception {
        Files.writeString(dir.resolve("image.bin"), "x");
        String prefix = dir + "/ima";
        assertTrue(tab("eeprom write --bus sim " + prefix).stream().anyMatch(c -> c.endsWith("image.bin")));
        assertTrue(tab("fan program --png " + prefix).stream().anyMatch(c -> c.endsWith("image.bin")));
        assertFalse(tab("fan program --bus ").stream().anyMatch(c -> c.endsWith("image.bin")));
    }

    @Test
    void subcommandsAndOptionsComeFromTheCommandTree() {
        List<String> fan = tab("fan ");
        assertTrue(fan.containsAll(List.of("program", "read", "restore")), fan.toString());
        assertTrue(tab("fan program --").contains("--dry-run"));
    }
}
