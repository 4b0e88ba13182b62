// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A package upgrade replaces the jar under a running engine: old code must not serve new commands. */
class EngineUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void anEngineWhoseJarWasReplacedSendsTheNextCommandsColdAndStops() throws Exception {
        Path jar = Files.writeString(dir.resolve("i2ckit.jar"), "the installed jar");
        EngineFixture fixture = EngineFixture.start(dir, jar.toString(), jar);
        try {
            EngineFixture.Run warm = fixture.sh(dir.resolve("work"), "$C i2ckit --version");
            assertEquals(0, warm.code(), warm.toString());
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60))); // the upgrade
            // within the engine's recheck time (a second) a command may still run warm; then it goes cold
            int code = 0;
            for (int i = 0; i < 40 && code != 255; i++) {
                code = fixture.sh(dir.resolve("work"), "$C i2ckit --version").code();
                Thread.sleep(100);
            }
            assertEquals(255, code, "the client was told to run the command cold");
            assertFalse(fixture.serving(Duration.ofSeconds(5)), "the outdated engine stopped");
        } finally {
            fixture.stop();
        }
        assertTrue(Files.exists(jar));
    }
}
