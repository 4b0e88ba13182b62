// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command trees used again by later requests keep nothing of the earlier ones. */
class CommandModelsTest {
    private static final String LONG = "a message far too long for one string of the fan";

    @TempDir
    Path dir;

    @Test
    void everyFieldOfEveryCommandAndMixinIsPicocliStateOrTheBoundSession() {
        List<String> kept = new ArrayList<>();
        Session session = new CliHarness(dir).session("");
        visit(Main.commandLine(session).getCommandSpec(), kept);
        assertEquals(List.of(), kept, "fields a command tree would carry from one request to the next");
    }

    private static void visit(CommandSpec spec, List<String> kept) {
        Object o = spec.userObject();
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || picocliManaged(f) || constant(f)
                        || f.getType() == Session.class && !Modifier.isFinal(f.getModifiers())) {
                    continue;
                }
                kept.add(c.getName() + "." + f.getName());
            }
        }
        spec.mixins().values().forEach(m -> visit(m, kept));
        spec.subcommands().values().forEach(sub -> visit(sub.getCommandSpec(), kept));
    }

    /** A final field of a type nothing can change (the tool a command runs). */
    private static boolean constant(Field f) {
        Class<?> t = f.getType();
        return Modifier.isFinal(f.getModifiers()) && (t.isPrimitive() || t.isEnum() || t == String.class);
    }

    private static boolean picocliManaged(Field f) {
        return f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)
                || f.isAnnotationPresent(CommandLine.Mixin.class) || f.isAnnotationPresent(CommandLine.Spec.class)
                || f.isAnnotationPresent(CommandLine.ParentCommand.class) || f.isAnnotationPresent(CommandLine.ArgGroup.class)
                || f.isAnnotationPresent(CommandLine.Unmatched.class);
    }

    @Test
    void aLaterRequestDoesNotInheritAnEarlierOnesOptions() {
        CliHarness cli = new CliHarness(dir);
        Path otherSim = dir.resolve("other-sim");
        List<List<String[]>> pairs = List.of(
                List.of(new String[] {"fan", "encode", "--fit", LONG}, new String[] {"fan", "encode", LONG}),
                List.of(new String[] {"fan", "font", "--show", "AB"}, new String[] {"fan", "font"}),
                List.of(new String[] {"--sim-dir", otherSim.toString(), "sim", "chip", "remove", "0x48"},
                        new String[] {"sim", "status"}),
                List.of(new String[] {"--stacktrace", "get", "-y", "sim", "0x48", "0x100"},
                        new String[] {"get", "-y", "sim", "0x48", "0x100"}));
        for (List<String[]> pair : pairs) {
            CommandModels.forgetAll();
            CliHarness.Result alone = cli.run(pair.get(1));
            cli.run(pair.get(0));
            CliHarness.Result after = cli.run(pair.get(1));
            assertEquals(alone, after, "after " + String.join(" ", pair.get(0)));
        }
    }

    @Test
    void aTreeServesOneRequestAtATimeAndComesBackBoundToNone() {
        CommandModels.forgetAll();
        CliHarness cli = new CliHarness(dir);
        Session first = cli.session("");
        CommandModels.Model a = CommandModels.take(Set.of("get"), first, s -> Main.commandLine(s));
        CommandModels.Model b = CommandModels.take(Set.of("get"), first, s -> Main.commandLine(s));
        assertNotSame(a.line(), b.line(), "a tree in use is not handed out again");
        CommandModels.giveBack(a);
        StringWriter out = new StringWriter();
        Session second = new Session(new PrintWriter(out), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader("")), Map.of(), cli.buses(), false);
        CommandModels.Model again = CommandModels.take(Set.of("get"), second, s -> Main.commandLine(s));
        assertSame(a.line(), again.line(), "a tree given back is used again");
        assertSame(second.out(), again.line().getOut(), "bound to the request that took it");
        CommandModels.giveBack(again);
        assertTrue(CommandModels.sessionFields(I2ckitCommand.class).stream().allMatch(f -> {
            try {
                return f.get(again.line().getCommand()) == null;
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }), "a kept tree holds no request's session");
    }
}
