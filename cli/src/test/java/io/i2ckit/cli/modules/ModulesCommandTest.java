// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.modules;

import com.sun.jna.LastErrorException;
import io.i2ckit.cli.CliHarness;
import io.i2ckit.core.Errno;
import io.i2ckit.kmodloader.CommandRunner;
import io.i2ckit.kmodloader.ModuleCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * {@code i2ckit modules ...} on a fixture system (proc, sys/module, lib/modules) with the kernel's
 * module calls mocked; the bench runs the same commands on a real kernel beside modprobe and modinfo.
 */
class ModulesCommandTest {
    @TempDir
    Path root;

    private final ModuleCalls calls = mock(ModuleCalls.class);
    private final CommandRunner commands = mock(CommandRunner.class);
    private Path tree;

    @BeforeEach
    void fixture() throws Exception {
        write("proc/sys/kernel/osrelease", "6.1.0-test\n");
        write("proc/self/status", "CapEff:\t000001ffffffffff\n");
        write("proc/modules", """
                i2c_stub 20480 0 - Live 0x0000000000000000
                at24 24576 0 - Live 0x0000000000000000
                regmap_i2c 16384 1 at24, Live 0x0000000000000000
                nvmem_core 45056 2 at24,regmap_i2c, Live 0x0000000000000000
                """);
        tree = root.resolve("lib/modules/6.1.0-test");
        write("lib/modules/6.1.0-test/modules.dep", """
                kernel/drivers/i2c/i2c-dev.ko:
                kernel/drivers/i2c/busses/i2c-stub.ko:
                """);
        write("lib/modules/6.1.0-test/modules.builtin", "kernel/drivers/i2c/i2c-core.ko\n");
        Files.write(tree.resolve("modules.builtin.modinfo"),
                "i2c_core.license=GPL\0i2c_core.description=I2C-Bus main module\0".getBytes());
        write("lib/modules/6.1.0-test/kernel/drivers/i2c/i2c-dev.ko", "\u007fELF");
        write("lib/modules/6.1.0-test/kernel/drivers/i2c/busses/i2c-stub.ko", "\u007fELF");
        write("etc/modprobe.d/i2c.conf", "options i2c_stub chip_addr=0x50\n");
        live("i2c_stub", 0);
        when(calls.open(anyString())).thenReturn(5);
    }

    private CliHarness.Result run(String... args) {
        return new CliHarness(root).withModuleCalls(calls, commands).run(args);
    }

    @Test
    void modulesAloneNamesItsCommands() {
        CliHarness.Result r = run("modules");

        assertEquals(2, r.code());
        assertEquals("Error: Missing command: give one of ensure, plan, insert, remove, list, show "
                + "(see 'i2ckit modules --help')\n", r.err());
    }

    @Test
    void listLooksLikeLsmod() {
        CliHarness.Result r = run("modules", "list");

        assertEquals(0, r.code(), r.toString());
        assertEquals("""
                Module                  Size  Used by
                i2c_stub               20480  0
                at24                   24576  0
                regmap_i2c             16384  1 at24
                nvmem_core             45056  2 at24,regmap_i2c
                """, r.out());
    }

    @Test
    void planPrintsModprobesShowDependsLinesWithConfiguredAndGivenOptions() {
        CliHarness.Result r = run("modules", "plan", "i2c-stub", "functionality=0x1", "name=two words");

        assertEquals(0, r.code(), r.toString());
        assertEquals("insmod " + tree.resolve("kernel/drivers/i2c/busses/i2c-stub.ko")
                + " chip_addr=0x50 functionality=0x1 name=\"two words\"\n", r.out());
        assertEquals("builtin i2c_core\n", run("modules", "plan", "i2c_core").out());
    }

    @Test
    void ensureWithoutNamesLoadsTheBoardsModules() {
        CliHarness.Result r = run("modules", "ensure");

        assertEquals(0, r.code(), r.toString());
        verify(calls).finit(5, "", 0);
        assertEquals("i2c_dev: inserted " + tree.resolve("kernel/drivers/i2c/i2c-dev.ko") + " (finit_module)\n", r.out());
    }

    @Test
    void ensureLeavesLoadedModulesAloneAndSaysSo() {
        CliHarness.Result r = run("modules", "ensure", "-a", "i2c-stub", "i2c_core");

        assertEquals("i2c_stub: already loaded\ni2c_core: builtin\n", r.out());
        verifyNoInteractions(calls);
    }

    @Test
    void withoutRootEnsureSaysWhatToRun() throws Exception {
        write("proc/self/status", "CapEff:\t0000000000000000\n");

        CliHarness.Result r = run("modules", "ensure", "i2c-dev");

        assertEquals(1, r.code());
        assertEquals("Error: i2c-dev is not loaded and loading it needs root: run with sudo, or sudo modprobe i2c-dev\n",
                r.err());
    }

    @Test
    void anInstallCommandIsShownAndRunOnlyWithRunCommands() throws Exception {
        write("etc/modprobe.d/dev.conf", "install i2c_dev /bin/true\n");

        CliHarness.Result refused = run("modules", "ensure", "i2c-dev");
        CliHarness.Result dry = run("modules", "ensure", "--dry-run", "i2c-dev");
        when(commands.run("i2c_dev", "/bin/true")).thenReturn(0);
        CliHarness.Result ran = run("modules", "ensure", "--run-commands", "i2c-dev");

        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("Error: i2c_dev has a modprobe.d install command, which runs only when "
                + "asked: '/bin/true': read it, then run again with --run-commands"), refused.err());
        assertEquals("i2c_dev: would run command /bin/true\n", dry.out());
        assertEquals("i2c_dev: ran command /bin/true\n", ran.out());
        verifyNoInteractions(calls);
    }

    @Test
    void showPrintsModinfoFieldsOrOneField() {
        assertEquals("""
                name:           i2c_core
                filename:       (builtin)
                license:        GPL
                description:    I2C-Bus main module
                """, run("modules", "show", "i2c-core").out());
        assertEquals("GPL\n", run("modules", "show", "-F", "license", "i2c_core").out());
    }

    @Test
    void anUnknownModuleIsOneErrorLine() {
        CliHarness.Result r = run("modules", "show", "i2c-nothing");

        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("Error: Module i2c-nothing not found in directory " + tree), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void insertQuotesAValueWithSpacesForTheKernel() throws Exception {
        Path hello = root.resolve("hello.ko");
        Files.writeString(hello, "\u007fELF");

        CliHarness.Result r = run("modules", "insert", hello.toString(), "repeat=5", "goodbye=I am done");

        assertEquals(0, r.code(), r.toString());
        verify(calls).finit(5, "repeat=5 goodbye=\"I am done\"", 0);
    }

    @Test
    void insertOfAMissingFileNamesIt() {
        CliHarness.Result r = run("modules", "insert", root.resolve("nope.ko").toString());

        assertEquals(1, r.code());
        assertEquals("Error: could not load module " + root.resolve("nope.ko") + ": No such file or directory\n", r.err());
    }

    @Test
    void removeUsesDeleteModuleAndRefusesAModuleInUse() throws Exception {
        CliHarness.Result removed = run("modules", "remove", "i2c-stub");
        live("i2c_dev", 1);
        CliHarness.Result busy = run("modules", "remove", "i2c-dev");

        assertEquals("i2c_stub: removed\n", removed.out());
        verify(calls).delete("i2c_stub", ModuleCalls.O_NONBLOCK);
        assertEquals(1, busy.code());
        assertTrue(busy.err().startsWith("Error: Module i2c_dev is in use"), busy.err());
    }

    @Test
    void openingAMissingBusLoadsTheBoardsModulesFirst() throws Exception {
        CliHarness.Result r = run("get", "-y", "0", "0x50");

        verify(calls).finit(5, "", 0);
        assertEquals(1, r.code(), "the mocked kernel makes no node, so the bus stays missing");
        assertFalse(r.err().contains("needs root"), r.err());
    }

    @Test
    void openingAMissingBusWithoutRootSaysHowToLoadI2cDev() throws Exception {
        write("proc/self/status", "CapEff:\t0000000000000000\n");

        CliHarness.Result r = run("get", "-y", "0", "0x50");

        assertEquals(1, r.code());
        assertEquals("Error: Could not open file `/dev/i2c-0': i2c-dev is not loaded and loading it needs root: "
                + "run with sudo, or sudo modprobe i2c-dev\n", r.err());
    }

    @Test
    void aKernelRefusalIsOneErrorLine() {
        doThrow(new LastErrorException(Errno.ENOEXEC)).when(calls).finit(anyInt(), anyString(), anyInt());

        CliHarness.Result r = run("modules", "ensure", "i2c-dev");

        assertEquals("Error: could not insert 'i2c_dev': Invalid module format: it was not built for this kernel "
                + "(6.1.0-test); see dmesg\n", r.err());
    }

    private void live(String module, int refcnt) throws Exception {
        write("sys/module/" + module + "/initstate", "live\n");
        write("sys/module/" + module + "/refcnt", refcnt + "\n");
    }

    private void write(String relative, String text) throws Exception {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
