// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.CliException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

import static io.i2ckit.cli.tools.I2cToolsVersion.V4_3;
import static io.i2ckit.cli.tools.I2cToolsVersion.V4_4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which i2c-tools release the programs speak: the chosen one, the installed one, else the newest. */
class I2cToolsVersionTest {
    @TempDir
    Path dir;

    private static String stanza(String pkg, String status, String version) {
        return "Package: " + pkg + "\nStatus: " + status + "\nPriority: optional\nVersion: " + version
                + "\nDescription: x\n more\n";
    }

    @Test
    void theInstalledPackageInDpkgsStatusDecides() {
        String status = stanza("i2c-toolsx", "install ok installed", "9.9") + "\n"
                + stanza("i2c-tools", "install ok installed", "4.3-2+b3") + "\n" + stanza("kmod", "install ok installed", "30");
        assertEquals(Optional.of(V4_3), I2cToolsVersion.fromStatus(status));
        assertEquals(Optional.of(V4_4), I2cToolsVersion.fromStatus(stanza("i2c-tools", "install ok installed", "4.4-2")));
        assertEquals(Optional.empty(), I2cToolsVersion.fromStatus(stanza("i2c-tools", "deinstall ok config-files", "4.4-2")),
                "removed, its configuration kept: not installed");
        assertEquals(Optional.empty(), I2cToolsVersion.fromStatus(stanza("kmod", "install ok installed", "30")));
    }

    @Test
    void debianVersionsMapToTheReleaseTheySpeak() {
        assertEquals(V4_3, I2cToolsVersion.release("4.3-2+b3"));
        assertEquals(V4_3, I2cToolsVersion.release("4.2-1"));
        assertEquals(V4_3, I2cToolsVersion.release("3.1.2-3"));
        assertEquals(V4_4, I2cToolsVersion.release("4.4-2"));
        assertEquals(V4_4, I2cToolsVersion.release("1:4.5~rc1-1"));
    }

    @Test
    void theStatusFileIsReadAgainWhenItChanges() throws Exception {
        Path status = dir.resolve("status");
        Files.writeString(status, stanza("i2c-tools", "install ok installed", "4.3-2"));
        assertEquals(Optional.of(V4_3), I2cToolsVersion.installed(status));
        Files.writeString(status, stanza("i2c-tools", "install ok installed", "4.4-2") + "\n");
        Files.setLastModifiedTime(status, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(Optional.of(V4_4), I2cToolsVersion.installed(status), "an upgrade to 4.4 is seen");
        assertEquals(Optional.empty(), I2cToolsVersion.installed(dir.resolve("none")), "no dpkg");
    }

    @Test
    void withoutDpkgACompiledI2cdetectSaysItsReleaseAndADropInScriptIsNoWitness() throws Exception {
        Path source = dir.resolve("fake.c");
        Files.writeString(source, "#include <stdio.h>\nint main(void) { fprintf(stderr, \"i2cdetect version 4.3\\n\"); return 0; }\n");
        Path fake = dir.resolve("bin/i2cdetect");
        Files.createDirectories(fake.getParent());
        Process cc = new ProcessBuilder("cc", "-o", fake.toString(), source.toString()).inheritIO().start();
        assertEquals(0, cc.waitFor(), "cc builds the stand-in i2cdetect");
        Path script = dir.resolve("drop-in/i2cdetect");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\necho 'i2cdetect version 4.4' >&2\n");
        script.toFile().setExecutable(true);
        assertEquals(Optional.of(V4_3), I2cToolsVersion.ofProgram(java.util.List.of(dir.resolve("none"), script, fake)));
        assertEquals(Optional.empty(), I2cToolsVersion.ofProgram(java.util.List.of(script)));
    }

    @Test
    void theVariableChoosesAndAWrongValueSaysWhatToSet() {
        assertEquals(V4_3, I2cToolsVersion.of(Map.of(I2cToolsVersion.VARIABLE, "4.3")));
        assertEquals(V4_4, I2cToolsVersion.of(Map.of(I2cToolsVersion.VARIABLE, "4.4")));
        CliException e = assertThrows(CliException.class, () -> I2cToolsVersion.of(Map.of(I2cToolsVersion.VARIABLE, "5")));
        assertTrue(e.getMessage().contains("I2CKIT_I2C_TOOLS=5") && e.getMessage().contains("4.3 or 4.4"), e.getMessage());
    }
}
