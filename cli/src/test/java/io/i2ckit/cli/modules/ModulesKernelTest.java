// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.cli.Main;
import io.i2ckit.cli.Session;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.kernel.KernelBench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code i2ckit modules ...} and the automatic loading before a bus opens, on the bench's real kernel. */
@Tag("kernel")
class ModulesKernelTest {
    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    @AfterAll
    static void asFound() {
        KernelBench.ok(KernelBench.run("modprobe", "i2c-dev"));
        KernelBench.reloadStub(KernelBench.STUB_CHIPS, null);
    }

    private static CliHarness.Result i2ckit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                Map.of(), BusEnvironment.system(), false);
        int code = Main.run(session, args);
        return new CliHarness.Result(code, out.toString(), err.toString());
    }

    @Test
    void aBusOpensAfterTheCliLoadsI2cDevItself() {
        KernelBench.reloadStub("0x50", null);
        KernelBench.ok(KernelBench.run("rmmod", "i2c-dev"));
        int bus = KernelBench.stubBus();
        assertFalse(Files.exists(Path.of("/dev/i2c-" + bus)), "i2c-dev is out: no node");

        CliHarness.Result r = i2ckit("get", "-y", Integer.toString(bus), "0x50", "0x00");

        assertEquals(0, r.code(), r.toString());
        assertEquals("0x00\n", r.out());
        assertEquals("", r.err(), "silent: nothing to report when loading works");
        assertTrue(Files.isDirectory(Path.of("/sys/module/i2c_dev")));
    }

    @Test
    void planPrintsWhatModprobeShows() {
        for (String name : new String[] {"at24", "i2c-i801", "snd-dummy"}) {
            assertEquals(KernelBench.ok(KernelBench.run("modprobe", "--show-depends", name)).out(),
                    i2ckit("modules", "plan", name).out(), name);
        }
    }

    @Test
    void ensureListAndRemoveAsModprobeLsmodAndRmmodWould() {
        KernelBench.reloadStub("0x50", null);

        CliHarness.Result removed = i2ckit("modules", "remove", "i2c-stub");
        CliHarness.Result ensured = i2ckit("modules", "ensure", "i2c-stub", "chip_addr=0x51,0x52");
        CliHarness.Result list = i2ckit("modules", "list");
        String lsmod = KernelBench.ok(KernelBench.run("lsmod")).out();

        assertEquals("i2c_stub: removed\n", removed.out(), removed.toString());
        assertEquals(0, ensured.code(), ensured.toString());
        assertTrue(ensured.out().startsWith("i2c_stub: inserted /lib/modules/"), ensured.out());
        assertEquals(sortedUsers(lsmod), sortedUsers(list.out()));
    }

    /** lsmod lists holders in sysfs order, /proc/modules in its own: compare them as sets. */
    private static String sortedUsers(String table) {
        return table.lines().map(l -> {
            String[] w = l.split(" +");
            return w.length == 4 ? String.join(" ", w[0], w[1], w[2], String.join(",", new java.util.TreeSet<>(
                    java.util.List.of(w[3].split(","))))) : String.join(" ", w);
        }).collect(java.util.stream.Collectors.joining("\n"));
    }
}
