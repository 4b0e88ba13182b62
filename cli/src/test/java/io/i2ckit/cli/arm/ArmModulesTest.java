// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.arm;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.core.kernel.KernelBench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.i2ckit.cli.arm.ArmBench.BUS;
import static io.i2ckit.cli.arm.ArmBench.i2ckit;
import static io.i2ckit.cli.arm.ArmBench.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module loader on armhf: finit_module and delete_module by ARM EABI's syscall numbers. */
@Tag("arm")
class ArmModulesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void inTheArmGuest() {
        ArmBench.requireArmGuest();
    }

    @AfterAll
    static void asFound() {
        KernelBench.run("modprobe", "i2c-dev");
        KernelBench.run("modprobe", "i2c-versatile");
    }

    @Test
    void theBusDriverAndI2cDevComeAndGoWithI2ckit() {
        KernelBench.ok(tool("modprobe", "-r", "at24"));
        KernelBench.ok(tool("rmmod", "i2c-dev"));
        KernelBench.ok(tool("rmmod", "i2c-versatile"));
        assertFalse(Files.exists(Path.of("/dev/i2c-0")));

        CliHarness.Result ensured = i2ckit(dir, "modules", "ensure", "-a", "i2c-versatile", "i2c-dev");
        assertEquals(0, ensured.code(), ensured.toString());
        assertTrue(Files.isDirectory(Path.of("/sys/module/i2c_versatile")), ensured.toString());
        assertTrue(Files.isDirectory(Path.of("/sys/module/i2c_dev")));
        CliHarness.Result get = i2ckit(dir, "get", "-y", BUS, "0x54", "0x00");
        assertEquals(0, get.code(), get.toString());

        CliHarness.Result removed = i2ckit(dir, "modules", "remove", "i2c-dev");
        assertEquals(0, removed.code(), removed.toString());
        assertFalse(Files.isDirectory(Path.of("/sys/module/i2c_dev")));
    }

    @Test
    void parametersReachTheKernelAndPlansMatchModprobe() throws Exception {
        KernelBench.run("modprobe", "-r", "loop");
        // at24's own parameters are not shown in sysfs (mode 0): loop's are
        CliHarness.Result inserted = i2ckit(dir, "modules", "ensure", "loop", "max_part=3");
        assertEquals(0, inserted.code(), inserted.toString());
        assertEquals("3", Files.readString(Path.of("/sys/module/loop/parameters/max_part")).strip());
        assertTrue(KernelBench.ok(tool("lsmod")).out().contains("loop"));
        assertEquals(0, i2ckit(dir, "modules", "remove", "loop").code());
        assertFalse(Files.isDirectory(Path.of("/sys/module/loop")));
        for (String name : new String[] {"at24", "i2c-versatile", "i2c-dev"}) {
            assertEquals(KernelBench.ok(tool("modprobe", "--show-depends", name)).out(),
                    i2ckit(dir, "modules", "plan", name).out(), name);
        }
        CliHarness.Result at24 = i2ckit(dir, "modules", "ensure", "at24", "io_limit=32");
        assertEquals(0, at24.code(), at24.toString());
        assertTrue(Files.isDirectory(Path.of("/sys/module/at24")));
        assertEquals(0, i2ckit(dir, "modules", "remove", "at24").code());
    }
}
