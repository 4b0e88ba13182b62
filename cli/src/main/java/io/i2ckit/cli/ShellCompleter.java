// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.boardprofiles.BusResolver;
import io.i2ckit.cli.tools.Tool;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipModels;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tab in {@code i2ckit shell}: commands and the i2c-tools names first; then bus names where a
 * bus goes (the buses present and sim), chip types for {@code sim chip add}, file names where
 * a file goes; picocli's own completion (subcommands, options) everywhere else.
 */
final class ShellCompleter implements Completer {
    private final Session session;
    private final CommandSpec root;
    private final Completer picocli;
    private final Completer files = new Completers.FileNameCompleter();

    ShellCompleter(Session session, CommandSpec root) {
        this.session = session;
        this.root = root;
        this.picocli = new PicocliJLineCompleter(root);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        if (!before.isEmpty() && before.get(0).equals("time")) {
            before = before.subList(1, before.size());
        }
        if (before.isEmpty()) {
            commands().forEach(c -> candidates.add(new Candidate(c)));
            return;
        }
        String previous = before.get(before.size() - 1);
        java.util.Optional<Tool> tool = Tool.named(before.get(0));
        if (previous.equals("--bus") || (tool.isPresent() && before.stream().skip(1).allMatch(w -> w.startsWith("-")))) {
            buses().forEach(b -> candidates.add(new Candidate(b)));
            return;
        }
        if (before.size() == 4 && String.join(" ", before.subList(0, 3)).equals("sim chip add")) {
            chipTypes().forEach(t -> candidates.add(new Candidate(t)));
            return;
        }
        if (tool.isEmpty() && wantsFile(before, line.word())) {
            files.complete(reader, line, candidates);
            return;
        }
        picocli.complete(reader, line, candidates);
    }

    /** Every first word: i2ckit's commands, the i2c-tools programs, the shell's own words. */
    List<String> commands() {
        List<String> all = new ArrayList<>();
        root.subcommands().keySet().stream().filter(c -> !c.equals("shell")).forEach(all::add);
        for (Tool t : Tool.values()) {
            all.add(t.program());
        }
        all.addAll(List.of("time", "exit"));
        return all;
    }

    /** The provided buses (the simulator) and every bus present, by number. */
    List<String> buses() {
        List<String> all = new ArrayList<>();
        BusResolver.providers().forEach(p -> all.add(p.name()));
        I2cBuses.list(session.buses()).forEach(a -> all.add(Integer.toString(a.number())));
        return all;
    }

    static List<String> chipTypes() {
        List<String> all = new ArrayList<>(List.of("registers", "eeprom"));
        ChipModels.all().stream().map(ChipModel::type).forEach(all::add);
        return all;
    }

    /** Whether the word being typed is a file: the value of a Path option, or a Path parameter. */
    boolean wantsFile(List<String> before, String word) {
        CommandSpec spec = root;
        int i = 0;
        while (i < before.size() && spec.subcommands().containsKey(before.get(i))) {
            spec = spec.subcommands().get(before.get(i)).getCommandSpec();
            i++;
        }
        String previous = before.get(before.size() - 1);
        OptionSpec option = spec.findOption(previous);
        if (option != null && java.util.Arrays.asList(option.names()).contains(previous)) {
            return option.arity().min() > 0 && isPath(option);
        }
        return !word.startsWith("-") && spec.positionalParameters().stream().anyMatch(ShellCompleter::isPath);
    }

    private static boolean isPath(ArgSpec arg) {
        return Path.class.isAssignableFrom(arg.type()) || arg.paramLabel().contains("FILE");
    }
}
