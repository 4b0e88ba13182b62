// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.packaging;

import io.i2ckit.cli.Main;
import io.i2ckit.cli.Session;
import io.i2ckit.core.BusEnvironment;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the bash completion script and one AsciiDoc man page per command, from the same
 * command tree the program runs, so they cannot drift from it: {@code DIR/i2ckit.bash},
 * {@code DIR/man/i2ckit-fan-program.adoc}, ...
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir.resolve("man"));
        Session session = new Session(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader("")), Map.of(), BusEnvironment.system(), false);
        CommandLine cl = Main.commandLine(session);
        Files.writeString(dir.resolve("i2ckit.bash"), AutoComplete.bash("i2ckit", cl), StandardCharsets.UTF_8);
        int pages = write(cl, dir.resolve("man"));
        System.out.printf("GenerateDocs: bash completion and %d man pages in %s%n", pages, dir);
    }

    private static int write(CommandLine command, Path dir) throws IOException {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        String name = spec.qualifiedName("-");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve(name + ".adoc"), StandardCharsets.UTF_8))) {
            ManPageGenerator.writeSingleManPage(out, spec);
        }
        int pages = 1;
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            if (sub.getKey().equals(sub.getValue().getCommandName()) && !sub.getKey().equals("help")) {
                pages += write(sub.getValue(), dir);
            }
        }
        return pages;
    }
}
