// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Command trees built once and used again. Building a tree from its annotations costs more than
 * most commands do (about 10 ms a command in the one-vCPU guest, where the ioctl takes well under
 * one), so a warm JVM (the engine, the shell, tests) keeps the trees it built, one per shape (the
 * subcommands it holds), and hands each to one request at a time.
 *
 * <p>What makes a tree safe to use again: picocli gives every option and parameter its initial
 * value back before each parse; the commands and mixins keep no other state (CommandModelsTest
 * checks every field); and the {@link Session} fields of the commands and mixins are bound to
 * the request that takes the tree and cleared when it gives it back, so a tree never holds a
 * finished request's streams. A tree whose run threw past picocli's handlers is dropped.
 */
final class CommandModels {
    private static final int KEPT_PER_SHAPE = 4;
    private static final Map<Set<String>, Deque<Model>> IDLE = new ConcurrentHashMap<>();
    private static final Map<Class<?>, List<Field>> SESSION_FIELDS = new ConcurrentHashMap<>();

    private CommandModels() {
    }

    /** A tree with the subcommands {@code shape}, built by {@code build} unless one is idle; bound to {@code session}. */
    static Model take(Set<String> shape, Session session, Function<Session, CommandLine> build) {
        Deque<Model> idle = IDLE.computeIfAbsent(Set.copyOf(shape), k -> new ArrayDeque<>());
        Model m;
        synchronized (idle) {
            m = idle.poll();
        }
        if (m == null) {
            CommandLine line = build.apply(session);
            m = new Model(Set.copyOf(shape), line, holders(line));
        }
        m.bind(session);
        return m;
    }

    /** Gives {@code m} back after a request that ended normally (a usage error, a failure reported: normally). */
    static void giveBack(Model m) {
        m.bind(null);
        Deque<Model> idle = IDLE.get(m.shape);
        synchronized (idle) {
            if (idle.size() < KEPT_PER_SHAPE) {
                idle.push(m);
            }
        }
    }

    /** Forgets every kept tree (tests: the next request builds its own). */
    static void forgetAll() {
        IDLE.clear();
    }

    /** The objects in {@code line}'s tree that hold a session: its commands and their mixins. */
    private static List<Object> holders(CommandLine line) {
        List<Object> found = new ArrayList<>();
        collect(line.getCommandSpec(), found);
        return found;
    }

    private static void collect(CommandSpec spec, List<Object> found) {
        if (spec.userObject() != null && !sessionFields(spec.userObject().getClass()).isEmpty()) {
            found.add(spec.userObject());
        }
        spec.mixins().values().forEach(mixin -> collect(mixin, found));
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), found));
    }

    /** The fields of {@code type} and its superclasses that hold the request's {@link Session}. */
    static List<Field> sessionFields(Class<?> type) {
        return SESSION_FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType() == Session.class && !Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }

    /** One tree, taken by one request at a time. */
    static final class Model {
        private final Set<String> shape;
        private final CommandLine line;
        private final List<Object> holders;

        private Model(Set<String> shape, CommandLine line, List<Object> holders) {
            this.shape = shape;
            this.line = line;
            this.holders = holders;
        }

        CommandLine line() {
            return line;
        }

        /** Points every command, mixin, stream, handler and converter of the tree at {@code session} (null: at none). */
        private void bind(Session session) {
            for (Object holder : holders) {
                for (Field f : sessionFields(holder.getClass())) {
                    try {
                        f.set(holder, session);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot bind " + f, e);
                    }
                }
            }
            if (session != null) {
                Main.attach(line, session);
            } else {
                Main.detach(line);
            }
        }
    }
}
