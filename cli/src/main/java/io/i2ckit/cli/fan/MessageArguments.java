// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.cli.CliException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of {@code fan program|encode|preview} sorted before picocli sees them: the command's
 * own options (each with its value) first, then {@code --}, then every other word as a string of
 * the message, in order. So a message may start with '-': "-Vamos!" and "-hi-" are text, where
 * picocli would take them for -V and -h with letters clustered behind.
 */
public final class MessageArguments {
    /** The fan commands whose other arguments are the strings of a message. */
    private static final Set<String> TAKERS = Set.of("program", "encode", "preview");
    /** A word that looks like a long option: a typo of one ({@code --dryrun}), never text to write. */
    private static final Pattern LONG_OPTION = Pattern.compile("--[A-Za-z][A-Za-z0-9-]*(=.*)?");

    private MessageArguments() {
    }

    /** {@code args} with a fan message's strings put after {@code --}; any other command line as it is. */
    public static String[] separate(CommandLine root, String[] args) {
        int fan = commandAt(root.getCommandSpec(), args, 0, "fan");
        if (fan < 0 || fan + 1 >= args.length || !TAKERS.contains(args[fan + 1])) {
            return args;
        }
        CommandLine group = root.getSubcommands().get("fan");
        CommandLine taker = group == null ? null : group.getSubcommands().get(args[fan + 1]);
        if (taker == null) {
            return args;
        }
        CommandSpec spec = taker.getCommandSpec();
        List<String> options = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        for (int i = fan + 2; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                strings.addAll(Arrays.asList(args).subList(i + 1, args.length));
                break;
            }
            String name = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            OptionSpec option = named(spec, name);
            if (option != null) {
                options.add(a);
                if (!a.contains("=") && option.arity().min() > 0 && i + 1 < args.length) {
                    options.add(args[++i]);
                }
            } else if (LONG_OPTION.matcher(a).matches()) {
                throw CliException.usage("unknown option '" + name + "' for '" + spec.qualifiedName()
                        + "': see its --help; to put it on the fan as a string, write it after '--'");
            } else {
                strings.add(a);
            }
        }
        List<String> out = new ArrayList<>(Arrays.asList(args).subList(0, fan + 2));
        out.addAll(options);
        if (!strings.isEmpty()) {
            out.add("--");
            out.addAll(strings);
        }
        return out.toArray(String[]::new);
    }

    /** The option of {@code spec} one of whose names is exactly {@code name} (picocli's findOption also takes "fit" for --fit). */
    private static OptionSpec named(CommandSpec spec, String name) {
        OptionSpec option = spec.findOption(name);
        return option != null && Arrays.asList(option.names()).contains(name) ? option : null;
    }

    /** Where the subcommand {@code name} stands in {@code args}, past the top command's options and their values. */
    private static int commandAt(CommandSpec top, String[] args, int from, String name) {
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.equals(name)) {
                return i;
            }
            OptionSpec option = named(top, a);
            if (option == null && !a.startsWith("-")) {
                return -1; // another command
            }
            if (option != null && option.arity().min() > 0) {
                i++;
            }
        }
        return -1;
    }
}
