// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.CommandGroup;
import io.i2ckit.cli.Session;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

@Command(name = "engine", mixinStandardHelpOptions = true,
        description = {"The resident engine: one warm JVM per user that runs i2ckit commands and the drop-ins for a small "
                + "native client, so each answers in milliseconds instead of a JVM start.",
                "The first call starts it; it stops after $I2CKIT_ENGINE_IDLE seconds without a command (default "
                        + "300), when its jar is replaced, or on 'engine stop'. I2CKIT_ENGINE=off runs every command "
                        + "cold. 'shell', 'fan studio' and 'engine serve' always run in their own process."},
        subcommands = {EngineCommand.Serve.class, EngineCommand.Status.class, EngineCommand.Stop.class})
public final class EngineCommand extends CommandGroup {
    static final Duration DEFAULT_IDLE = Duration.ofSeconds(300);

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Run the engine in this process until it is idle, stopped or outdated (the client starts it so).")
    static final class Serve implements Runnable {
        private Session session;

        Serve(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            if (EngineServer.current() != null) {
                throw CliException.usage("this is the engine already");
            }
            Path jar = EngineServer.ownJar();
            if (jar == null) {
                throw CliException.usage("the engine runs from the i2ckit jar, not from class folders");
            }
            int uid = EngineLibC.getuid();
            Path socket = EnginePaths.socket(EnginePaths.directory(session.env(), uid), jar.toString());
            try {
                new EngineServer(socket, idle(session), jar).serve();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
    }

    static Duration idle(Session session) {
        String s = session.env().get("I2CKIT_ENGINE_IDLE");
        if (s == null || s.isEmpty()) {
            return DEFAULT_IDLE;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw CliException.usage("I2CKIT_ENGINE_IDLE=" + s + " is not a number of seconds");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the engine runs, since when, its memory, how many commands it served and how long its last ones took inside it.")
    static final class Status implements Runnable {
        private Session session;

        Status(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            EngineServer engine = EngineServer.current();
            if (engine != null) {
                session.out().print(engine.status(1)); // this command runs, but is not news
                return;
            }
            Path jar = EngineServer.ownJar();
            String where = jar == null ? "" : " (it would listen on " + EnginePaths.socket(EnginePaths.directory(
                    session.env(), EngineLibC.getuid()), jar.toString()) + ")";
            session.out().println("No engine runs for this i2ckit" + where + "; the next command run through the"
                    + " native client starts one");
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the engine once this command is answered.")
    static final class Stop implements Runnable {
        private Session session;

        Stop(Session session) {
            this.session = session;
        }

        @Override
        public void run() {
            EngineServer engine = EngineServer.current();
            if (engine == null) {
                session.out().println("No engine runs for this i2ckit");
                return;
            }
            engine.stop();
            session.out().println("The engine stops");
        }
    }
}
