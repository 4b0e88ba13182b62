// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader.kernel;

import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.kmodloader.KernelModules;
import io.i2ckit.kmodloader.LoadPolicy;
import io.i2ckit.kmodloader.ModuleException;
import io.i2ckit.kmodloader.ModuleInUseException;
import io.i2ckit.kmodloader.ModuleLoader;
import io.i2ckit.kmodloader.ModuleRequest;
import io.i2ckit.kmodloader.ModuleTree;
import io.i2ckit.kmodloader.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loader putting real modules into Debian's kernel and taking them out: i2c-dev and i2c-stub
 * from the kernel's tree, the same from an xz-compressed copy (the Java unpacking path), and a
 * hello-world module built here against Debian's linux-headers. Leaves i2c-dev and the bench's
 * i2c-stub loaded, as it found them.
 */
@Tag("kernel")
class ModuleLoadingKernelTest {
    private static final Path SYSTEM = Path.of("/");
    private static final String RELEASE = ModuleTree.release(SYSTEM);
    private static final LoadPolicy POLICY = LoadPolicy.defaults();
    private static final String HELLO = """
            #include <linux/module.h>
            #include <linux/moduleparam.h>

            static int repeat = 1;
            module_param(repeat, int, 0444);
            MODULE_PARM_DESC(repeat, "How many times to say hello");
            static char *goodbye = "bye";
            module_param(goodbye, charp, 0444);
            MODULE_PARM_DESC(goodbye, "What to say when removed");

            static int __init hello_init(void)
            {
                int i;
                for (i = 1; i <= repeat; i++)
                    pr_info("i2ckit_hello: hello %d of %d\\n", i, repeat);
                return 0;
            }

            static void __exit hello_exit(void)
            {
                pr_info("i2ckit_hello: %s\\n", goodbye);
            }

            module_init(hello_init);
            module_exit(hello_exit);
            MODULE_LICENSE("GPL");
            MODULE_DESCRIPTION("i2ckit bench: a module with parameters");
            """;

    @TempDir
    Path dir;

    private final ModuleLoader loader = ModuleLoader.forSystem(SYSTEM);

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    @AfterAll
    static void asFound() {
        KernelBench.reloadStub(KernelBench.STUB_CHIPS, null);
        KernelBench.ok(KernelBench.run("modprobe", "i2c-dev"));
    }

    @Test
    void i2cDevAndStubLoadWithChipAddresses() throws IOException {
        removeIfLoaded("i2c_stub");
        removeIfLoaded("i2c_dev");

        List<Outcome> done = loader.ensureLoaded(List.of(ModuleRequest.of("i2c-dev"), ModuleRequest.parse(List.of("i2c-stub", "chip_addr=0x20,0x21"))),
                POLICY);

        assertEquals(List.of(Outcome.Action.INSERTED, Outcome.Action.INSERTED), done.stream().map(Outcome::action).toList());
        assertEquals(KernelModules.State.LIVE, loader.kernel().state("i2c_dev"));
        assertTrue(Files.readString(Path.of("/sys/module/i2c_stub/parameters/chip_addr")).startsWith("32,33,"));
        String scan = KernelBench.ok(KernelBench.run("i2cdetect", "-y", Integer.toString(KernelBench.stubBus()))).out();
        assertTrue(scan.contains("20: 20 21 --"), scan);

        List<Outcome> again = loader.ensureLoaded(ModuleRequest.all(List.of("i2c-dev", "i2c-stub")), POLICY);
        assertEquals(List.of(Outcome.Action.LOADED, Outcome.Action.LOADED), again.stream().map(Outcome::action).toList());
    }

    @Test
    void xzCompressedModulesAreUnpackedInJava() throws IOException {
        Path root = dir.resolve("xz-root");
        Path tree = root.resolve("lib/modules/" + RELEASE);
        for (String m : List.of("kernel/drivers/i2c/i2c-dev.ko", "kernel/drivers/i2c/i2c-stub.ko")) {
            Path copy = tree.resolve(m);
            Files.createDirectories(copy.getParent());
            Files.copy(Path.of("/lib/modules", RELEASE, m), copy);
            KernelBench.ok(KernelBench.run("xz", "--check=crc32", copy.toString()));
        }
        KernelBench.ok(KernelBench.run("depmod", "-b", root.toString(), RELEASE));
        assertTrue(Files.readString(tree.resolve("modules.dep")).contains("i2c-stub.ko.xz:"));
        removeIfLoaded("i2c_stub");
        removeIfLoaded("i2c_dev");

        List<Outcome> done = ModuleLoader.forSystem(SYSTEM).withTree(root, RELEASE)
                .ensureLoaded(List.of(ModuleRequest.of("i2c_dev"), ModuleRequest.parse(List.of("i2c-stub", "chip_addr=0x30"))), POLICY);

        assertEquals(Outcome.Action.INSERTED, done.get(1).action());
        assertTrue(done.get(1).detail().startsWith(tree.resolve("kernel/drivers/i2c/i2c-stub.ko.xz")
                + " chip_addr=0x30 (init_module, xz unpacked in Java"), done.get(1).detail());
        assertTrue(Files.readString(Path.of("/sys/module/i2c_stub/parameters/chip_addr")).startsWith("48,"));
        assertEquals(KernelModules.State.LIVE, loader.kernel().state("i2c_dev"));
    }

    @Test
    void aModuleInUseIsRefusedAndFreeOnesAreRemoved() throws IOException {
        loader.ensureLoaded(List.of(ModuleRequest.of("i2c-dev"), ModuleRequest.parse(List.of("i2c-stub", "chip_addr=0x50"))), POLICY);
        Path node = Path.of("/dev/i2c-" + KernelBench.stubBus());
        try (FileChannel open = FileChannel.open(node, StandardOpenOption.READ)) {
            ModuleInUseException e = assertThrows(ModuleInUseException.class, () -> loader.remove("i2c-stub", POLICY));
            assertTrue(e.detail().startsWith("Module i2c_stub is in use"), e.detail());
        }
        assertEquals(Outcome.Action.REMOVED, loader.remove("i2c-stub", POLICY).action());
        assertEquals(KernelModules.State.ABSENT, loader.kernel().state("i2c_stub"));
        assertEquals("Module i2c_stub is not currently loaded",
                assertThrows(ModuleException.class, () -> loader.remove("i2c_stub", POLICY)).detail());
    }

    @Test
    void aHelloModuleBuiltAgainstDebiansHeadersTakesItsParameters() throws IOException {
        Path ko = buildHello();
        KernelBench.ok(KernelBench.run("dmesg", "-C"));

        Outcome in = loader.insert(ko, ModuleRequest.joinParameters(List.of("repeat=5", "goodbye=I am done")));

        assertEquals(Outcome.Action.INSERTED, in.action());
        assertEquals("5", read("/sys/module/i2ckit_hello/parameters/repeat"));
        assertEquals("I am done", read("/sys/module/i2ckit_hello/parameters/goodbye"));
        assertTrue(KernelBench.run("dmesg").out().contains("i2ckit_hello: hello 5 of 5"));
        assertEquals(Outcome.Action.LOADED, loader.insert(ko, "").action(), "EEXIST: already there");

        assertEquals(Outcome.Action.REMOVED, loader.remove("i2ckit-hello", POLICY).action());
        assertTrue(KernelBench.run("dmesg").out().contains("i2ckit_hello: I am done"));
        assertEquals(KernelModules.State.ABSENT, loader.kernel().state("i2ckit_hello"));
    }

    @Test
    void aFileThatIsNoModuleIsAnInvalidModuleFormat() throws IOException {
        Path junk = dir.resolve("junk.ko");
        Files.writeString(junk, "this is not an ELF file\n".repeat(20));

        ModuleException e = assertThrows(ModuleException.class, () -> loader.insert(junk, ""));

        assertTrue(e.detail().startsWith("could not insert 'junk': Invalid module format"), e.detail());
    }

    private Path buildHello() throws IOException {
        String headers = System.getenv("I2CKIT_KERNEL_HEADERS");
        assertTrue(headers != null && Files.isDirectory(Path.of(headers)),
                "I2CKIT_KERNEL_HEADERS names Debian's linux-headers build directory (kernel-bench/kernel-headers)");
        Path src = Files.createDirectories(dir.resolve("hello"));
        Files.writeString(src.resolve("hello.c"), HELLO);
        Files.writeString(src.resolve("Kbuild"), "obj-m := i2ckit_hello.o\ni2ckit_hello-y := hello.o\n");
        // gcc under TCG takes a while: longer than KernelBench.run allows
        Process make = new ProcessBuilder("make", "-s", "-C", headers, "M=" + src, "modules")
                .redirectErrorStream(true).redirectOutput(src.resolve("make.log").toFile()).start();
        try {
            boolean done = make.waitFor(600, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(done && make.exitValue() == 0, "make modules failed:\n" + Files.readString(src.resolve("make.log")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            make.destroyForcibly();
        }
        return src.resolve("i2ckit_hello.ko");
    }

    private void removeIfLoaded(String module) {
        KernelBench.unbindAll();
        if (loader.kernel().state(module) != KernelModules.State.ABSENT) {
            loader.remove(module, POLICY);
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file)).strip();
    }
}
