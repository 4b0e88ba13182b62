// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import com.sun.jna.LastErrorException;
import io.i2ckit.core.Errno;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The loader against a fixture root (proc, sys/module, lib/modules) with the kernel's module
 * calls as a seam: what it asks the kernel, in which order, and what it makes of the answers.
 * The real kernel answers on the bench (ModuleLoaderKernelTest).
 */
class ModuleLoaderTest {
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 'b', 'o', 'd', 'y'};

    @TempDir
    Path root;

    private Path tree;
    private final ModuleCalls calls = mock(ModuleCalls.class);
    private final CommandRunner commands = mock(CommandRunner.class);
    private final LoadPolicy policy = LoadPolicy.defaults().withSettle(Duration.ofMillis(300));

    @BeforeEach
    void fixture() throws Exception {
        write("proc/sys/kernel/osrelease", "6.1.0-test\n");
        write("proc/self/status", "Name:\tjava\nCapEff:\t000001ffffffffff\n");
        write("proc/cmdline", "console=ttyS0 quiet\n");
        write("proc/modules", "");
        tree = root.resolve("lib/modules/6.1.0-test");
        write("lib/modules/6.1.0-test/modules.dep", """
                kernel/drivers/i2c/i2c-dev.ko:
                kernel/drivers/i2c/busses/i2c-stub.ko.xz:
                kernel/drivers/i2c/busses/i2c-gz.ko.gz:
                kernel/drivers/misc/eeprom/at24.ko: kernel/drivers/base/regmap/regmap-i2c.ko kernel/drivers/nvmem/nvmem-core.ko
                kernel/drivers/base/regmap/regmap-i2c.ko:
                kernel/drivers/nvmem/nvmem-core.ko:
                kernel/drivers/hwmon/lm75.ko:
                kernel/drivers/hwmon/broken.ko:
                """);
        write("lib/modules/6.1.0-test/modules.builtin", "kernel/drivers/i2c/i2c-core.ko\n");
        write("lib/modules/6.1.0-test/modules.softdep", "softdep lm75 pre: broken\n");
        for (String m : List.of("i2c/i2c-dev.ko", "misc/eeprom/at24.ko", "base/regmap/regmap-i2c.ko",
                "nvmem/nvmem-core.ko", "hwmon/lm75.ko", "hwmon/broken.ko")) {
            Files.createDirectories(tree.resolve("kernel/drivers/" + m).getParent());
            Files.write(tree.resolve("kernel/drivers/" + m), ELF);
        }
        Files.createDirectories(tree.resolve("kernel/drivers/i2c/busses"));
        Files.write(tree.resolve("kernel/drivers/i2c/busses/i2c-stub.ko.xz"), xz(ELF));
        Files.write(tree.resolve("kernel/drivers/i2c/busses/i2c-gz.ko.gz"), gzip(ELF));
        when(calls.open(anyString())).thenReturn(7);
    }

    private ModuleLoader loader() {
        return new ModuleLoader(root, () -> calls, commands);
    }

    private List<Outcome> ensure(String... words) {
        return loader().ensureLoaded(List.of(ModuleRequest.parse(List.of(words))), policy);
    }

    @Test
    void aLiveModuleIsLeftAloneWithoutReadingTheTree() throws Exception {
        write("sys/module/i2c_dev/initstate", "live\n");
        deleteTree();

        List<Outcome> out = ensure("i2c-dev");

        assertEquals(Outcome.Action.LOADED, out.get(0).action());
        verifyNoInteractions(calls);
    }

    @Test
    void aBuiltinModuleNeedsNothing() {
        assertEquals(List.of(new Outcome("i2c_core", Outcome.Action.BUILTIN, "")), ensure("i2c_core"));
        verifyNoInteractions(calls);
    }

    @Test
    void aPlainModuleGoesToFinitModuleWithItsParametersAndNoFlags() {
        Outcome out = ensure("i2c-dev", "debug=1", "name=a b").get(0);

        verify(calls).open(tree.resolve("kernel/drivers/i2c/i2c-dev.ko").toString());
        verify(calls).finit(7, "debug=1 name=\"a b\"", 0);
        verify(calls).close(7);
        assertEquals(Outcome.Action.INSERTED, out.action());
        assertTrue(out.detail().endsWith("(finit_module)"), out.detail());
    }

    @Test
    void dependenciesAreInsertedFirstAndLiveOnesSkipped() throws Exception {
        write("sys/module/nvmem_core/initstate", "live\n");

        List<Outcome> out = ensure("at24");

        assertEquals(List.of(Outcome.Action.LOADED, Outcome.Action.INSERTED, Outcome.Action.INSERTED),
                out.stream().map(Outcome::action).toList());
        assertEquals(List.of("nvmem_core", "regmap_i2c", "at24"), out.stream().map(Outcome::module).toList());
        InOrder order = inOrder(calls);
        order.verify(calls).open(tree.resolve("kernel/drivers/base/regmap/regmap-i2c.ko").toString());
        order.verify(calls).open(tree.resolve("kernel/drivers/misc/eeprom/at24.ko").toString());
    }

    @Test
    void eexistMeansSomeoneElseLoadedItAndIsSuccess() {
        doThrow(new LastErrorException(Errno.EEXIST)).when(calls).finit(anyInt(), anyString(), anyInt());

        assertEquals(Outcome.Action.LOADED, ensure("i2c-dev").get(0).action());
    }

    @Test
    void theKernelUnpacksWhenItsCompressionMatches() throws Exception {
        write("sys/module/compression", "xz\n");

        Outcome out = ensure("i2c-stub", "chip_addr=0x50").get(0);

        verify(calls).finit(7, "chip_addr=0x50", ModuleCalls.MODULE_INIT_COMPRESSED_FILE);
        verify(calls, never()).init(any(), anyString());
        assertTrue(out.detail().contains("unpacked by the kernel"), out.detail());
    }

    @Test
    void javaUnpacksXzWhenTheKernelCannot() {
        Outcome out = ensure("i2c-stub", "chip_addr=0x50").get(0);

        ArgumentCaptor<byte[]> image = ArgumentCaptor.forClass(byte[].class);
        verify(calls).init(image.capture(), eq("chip_addr=0x50"));
        assertArrayEquals(ELF, image.getValue());
        verify(calls, never()).finit(anyInt(), anyString(), anyInt());
        assertTrue(out.detail().endsWith("(init_module, xz unpacked in Java)"), out.detail());
    }

    @Test
    void javaUnpacksGzipWhenTheKernelTakesAnotherCompression() throws Exception {
        write("sys/module/compression", "zstd\n");

        ensure("i2c-gz");

        ArgumentCaptor<byte[]> image = ArgumentCaptor.forClass(byte[].class);
        verify(calls).init(image.capture(), eq(""));
        assertArrayEquals(ELF, image.getValue());
    }

    @Test
    void theKernelPathFallsBackToJavaOnEinvalEopnotsuppAndEnosys() throws Exception {
        write("sys/module/compression", "xz\n");
        for (int errno : new int[] {Errno.EINVAL, Errno.EOPNOTSUPP, Errno.ENOSYS}) {
            ModuleCalls kernel = mock(ModuleCalls.class);
            doThrow(new LastErrorException(errno)).when(kernel).finit(anyInt(), anyString(), anyInt());

            Outcome out = new ModuleLoader(root, () -> kernel, commands)
                    .ensureLoaded(List.of(ModuleRequest.of("i2c-stub")), policy).get(0);

            verify(kernel).init(any(), eq(""));
            assertTrue(out.detail().contains("xz unpacked in Java after finit_module said"), out.detail());
        }
    }

    @Test
    void anOldKernelWithoutFinitModuleGetsInitModule() {
        doThrow(new LastErrorException(Errno.ENOSYS)).when(calls).finit(anyInt(), anyString(), anyInt());

        ensure("i2c-dev");

        verify(calls).init(ELF, "");
    }

    @Test
    void kernelRefusalsAreNamedAsModprobeNamesThem() {
        assertEquals("could not insert 'i2c_dev': Invalid module format: it was not built for this kernel "
                + "(6.1.0-test); see dmesg", refusal(Errno.ENOEXEC));
        assertEquals("could not insert 'i2c_dev': Unknown symbol in module, or unknown parameter (see dmesg)",
                refusal(Errno.ENOENT));
        assertTrue(refusal(Errno.EPERM).contains("blacklisted with module_blacklist="), refusal(Errno.EPERM));
    }

    private String refusal(int errno) {
        ModuleCalls kernel = mock(ModuleCalls.class);
        doThrow(new LastErrorException(errno)).when(kernel).finit(anyInt(), anyString(), anyInt());
        ModuleException e = assertThrows(ModuleException.class, () -> new ModuleLoader(root, () -> kernel, commands)
                .ensureLoaded(List.of(ModuleRequest.of("i2c-dev")), policy));
        assertEquals(errno, e.errno());
        return e.detail();
    }

    @Test
    void withoutRootTheErrorSaysWhatToRunAndNothingIsTried() throws Exception {
        write("proc/self/status", "Name:\tjava\nCapEff:\t0000000000000000\n");

        NeedsRootException e = assertThrows(NeedsRootException.class, () -> ensure("i2c-dev"));

        assertEquals("i2c-dev is not loaded and loading it needs root: run with sudo, or sudo modprobe i2c-dev",
                e.detail());
        verifyNoInteractions(calls);
    }

    @Test
    void aDryRunSaysWhatItWouldDoAndDoesNothing() {
        List<Outcome> out = loader().ensureLoaded(List.of(ModuleRequest.of("at24")), policy.withDryRun(true));

        assertEquals(List.of(Outcome.Action.WOULD_INSERT), out.stream().map(Outcome::action).distinct().toList());
        assertEquals(3, out.size());
        verifyNoInteractions(calls);
    }

    @Test
    void installCommandsRunOnlyWhenAskedTo() throws Exception {
        write("etc/modprobe.d/stub.conf", "install i2c_dev /sbin/modprobe --ignore-install i2c_dev $CMDLINE_OPTS\n");

        CommandNotRunException refused = assertThrows(CommandNotRunException.class, () -> ensure("i2c-dev", "x=1"));
        verifyNoInteractions(commands);
        assertTrue(refused.detail().contains("/sbin/modprobe --ignore-install i2c_dev"), refused.detail());

        when(commands.run(anyString(), anyString())).thenReturn(0);
        Outcome ran = loader().ensureLoaded(List.of(ModuleRequest.parse(List.of("i2c-dev", "x=1"))),
                policy.withRunCommands(true)).get(0);

        verify(commands).run("i2c_dev", "/sbin/modprobe --ignore-install i2c_dev x=1");
        assertEquals(Outcome.Action.RAN_COMMAND, ran.action());
        verifyNoInteractions(calls);
    }

    @Test
    void aSoftdepThatFailsIsSkippedAndTheModuleStillLoads() {
        when(calls.open(tree.resolve("kernel/drivers/hwmon/lm75.ko").toString())).thenReturn(8);
        // only the softdep's descriptor (7) fails
        doThrow(new LastErrorException(Errno.ENOEXEC)).when(calls).finit(eq(7), anyString(), anyInt());

        List<Outcome> out = ensure("lm75");

        assertEquals(List.of(Outcome.Action.SKIPPED, Outcome.Action.INSERTED), out.stream().map(Outcome::action).toList());
        assertTrue(out.get(0).detail().startsWith("softdep not loaded: could not insert 'broken'"), out.get(0).detail());
    }

    @Test
    void aModuleComingInIsWaitedForUntilLive() throws Exception {
        write("sys/module/i2c_dev/initstate", "coming\n");
        Thread other = new Thread(() -> {
            try {
                Thread.sleep(100);
                write("sys/module/i2c_dev/initstate", "live\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();

        List<Outcome> out = ensure("i2c-dev");
        other.join();

        assertEquals(Outcome.Action.LOADED, out.get(0).action());
        verifyNoInteractions(calls);
    }

    @Test
    void aModuleStuckComingIsAnErrorAfterTheSettleTime() throws Exception {
        write("sys/module/i2c_dev/initstate", "coming\n");

        ModuleException e = assertThrows(ModuleException.class, () -> ensure("i2c-dev"));

        assertEquals("i2c_dev is still being loaded by another process after 300 ms (see dmesg)", e.detail());
    }

    @Test
    void anUnknownModuleIsNotFoundForThisKernel() {
        ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class, () -> ensure("i2c-nothing"));

        assertTrue(e.detail().startsWith("Module i2c-nothing not found in directory " + tree), e.detail());
    }

    @Test
    void aKernelWithoutModuleSupportIsNamedAsTheCause() throws Exception {
        deleteTree();
        Files.delete(root.resolve("proc/modules"));

        ModuleException e = assertThrows(ModuleException.class, () -> ensure("i2c-dev"));

        assertTrue(e.detail().startsWith("this kernel takes no modules (no /proc/modules"), e.detail());
        write("proc/modules", "");
        assertThrows(ModuleNotFoundException.class, () -> ensure("i2c-dev"), "with modules, the tree is the problem");
    }

    @Test
    void removalUsesDeleteModuleWithoutWaiting() throws Exception {
        live("i2c_stub", 0);

        assertEquals(Outcome.Action.REMOVED, loader().remove("i2c-stub", policy).action());

        verify(calls).delete("i2c_stub", ModuleCalls.O_NONBLOCK);
    }

    @Test
    void removalIsRefusedWhileHeld() throws Exception {
        live("regmap_i2c", 0);
        Files.createDirectories(root.resolve("sys/module/regmap_i2c/holders/at24"));
        live("i2c_dev", 2);

        assertEquals("Module regmap_i2c is in use by: at24 (remove those first)",
                assertThrows(ModuleInUseException.class, () -> loader().remove("regmap-i2c", policy)).detail());
        assertTrue(assertThrows(ModuleInUseException.class, () -> loader().remove("i2c-dev", policy)).detail()
                .startsWith("Module i2c_dev is in use"));
        verifyNoInteractions(calls);
    }

    @Test
    void removalOfWhatIsNotThereSaysSo() {
        assertEquals("Module i2c_stub is not currently loaded",
                assertThrows(ModuleException.class, () -> loader().remove("i2c-stub", policy)).detail());
        assertEquals("Module i2c_core is builtin: it cannot be removed",
                assertThrows(ModuleException.class, () -> loader().remove("i2c-core", policy)).detail());
    }

    @Test
    void theKernelSayingBusyAtRemovalIsInUse() throws Exception {
        live("i2c_stub", 0);
        doThrow(new LastErrorException(Errno.EAGAIN)).when(calls).delete(anyString(), anyInt());

        assertThrows(ModuleInUseException.class, () -> loader().remove("i2c_stub", policy));
    }

    @Test
    void insertTakesAFileWithItsParametersAsInsmodDoes() throws Exception {
        Path hello = root.resolve("hello.ko");
        Files.write(hello, ELF);

        Outcome out = loader().insert(hello, "repeat=5 goodbye=\"I am done\"");

        verify(calls).finit(7, "repeat=5 goodbye=\"I am done\"", 0);
        assertEquals("hello", out.module());
    }

    @Test
    void aFileThatIsNoModuleIsRefusedBeforeTheKernelSeesIt() throws Exception {
        Path notes = root.resolve("notes.ko");
        Files.writeString(notes, "hello, kernel\n");

        ModuleException e = assertThrows(ModuleException.class, () -> loader().insert(notes, ""));

        assertTrue(e.detail().startsWith("could not insert 'notes': Invalid module format (" + notes
                + " is not a kernel module: no ELF header"), e.detail());
        verify(calls, never()).finit(anyInt(), anyString(), anyInt());
    }

    private void live(String module, int refcnt) throws Exception {
        write("sys/module/" + module + "/initstate", "live\n");
        write("sys/module/" + module + "/refcnt", refcnt + "\n");
    }

    private void deleteTree() throws Exception {
        try (var files = Files.walk(root.resolve("lib"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void write(String relative, String text) throws Exception {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static byte[] xz(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream xz = new XZOutputStream(out, new LZMA2Options())) {
            xz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
