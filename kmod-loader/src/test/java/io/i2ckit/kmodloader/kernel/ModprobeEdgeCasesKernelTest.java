// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader.kernel;

import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.kmodloader.ModuleNotFoundException;
import io.i2ckit.kmodloader.ModuleRequest;
import io.i2ckit.kmodloader.ModuleTree;
import io.i2ckit.kmodloader.Resolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classes of request where the plan once differed from Debian's {@code modprobe
 * --show-depends}, each compared with it on the kernel's own tree: {@code symbol:} requests,
 * parameters on the command line (flags, quoted values), module options on the kernel command
 * line (modprobe is shown a chosen {@code /proc/cmdline} through a bind mount in its own mount
 * namespace), and modules named by a path.
 */
@Tag("kernel")
class ModprobeEdgeCasesKernelTest {
    private static final String RELEASE = ModuleTree.release(Path.of("/"));

    @TempDir
    Path dir;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    private static String plan(Resolver resolver, List<String> words) {
        try {
            ModuleRequest r = ModuleRequest.parse(words);
            return resolver.plan(r.name(), r.options()).stream().map(s -> s.showDepends() + "\n")
                    .collect(Collectors.joining());
        } catch (ModuleNotFoundException e) {
            return "(not found)\n";
        }
    }

    /** modprobe --show-depends WORDS, with {@code cmdline} as /proc/cmdline when given. */
    private String modprobe(List<String> words, String cmdline) throws IOException {
        List<String> command = new ArrayList<>(List.of("modprobe", "--show-depends"));
        command.addAll(words);
        KernelBench.Run r;
        if (cmdline == null) {
            r = KernelBench.run(command.toArray(String[]::new));
        } else {
            Path file = Files.writeString(dir.resolve("cmdline"), cmdline + "\n");
            r = KernelBench.run(withCmdline(file, command));
        }
        if (r.exit() != 0) {
            assertTrue(r.err().contains("not found in directory"), r.toString());
            return "(not found)\n";
        }
        return r.out();
    }

    private static String[] withCmdline(Path file, List<String> command) {
        List<String> all = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                "mount --bind \"$0\" /proc/cmdline && exec \"$@\"", file.toString()));
        all.addAll(command);
        return all.toArray(String[]::new);
    }

    private void compare(List<List<String>> cases, String cmdline) throws IOException {
        Resolver ours = Resolver.of(Path.of("/"), RELEASE, cmdline == null ? Files.readString(Path.of("/proc/cmdline")) : cmdline);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (List<String> words : cases) {
            a.append(words).append(":\n").append(modprobe(words, cmdline));
            b.append(words).append(":\n").append(plan(ours, words));
        }
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void symbolRequestsResolveAsModprobeResolvesThem() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/lib/modules", RELEASE, "modules.symbols")).stream()
                .filter(l -> l.startsWith("alias symbol:")).toList();
        assertTrue(lines.size() > 1000, "the kernel exports thousands of symbols");
        List<List<String>> cases = new ArrayList<>();
        for (int i : new int[] {0, lines.size() / 3, lines.size() / 2, lines.size() - 1}) {
            cases.add(List.of(lines.get(i).split(" ")[1]));
        }
        cases.add(List.of("symbol:tveeprom_hauppauge_analog"));
        cases.add(List.of("symbol:no_such_symbol_anywhere"));
        compare(cases, null);
    }

    @Test
    void everyWordAfterTheNameIsAParameterQuotedAsModprobeQuotesIt() throws IOException {
        compare(List.of(List.of("i2c_stub", "chip_addr=0x51", "verbose", "name=a b", "bar='x y'", "q=\"p q\""),
                List.of("i2c-dev", "i2c-stub"), List.of("at24", "tab=a\tb")), null);
    }

    @Test
    void kernelCommandLineOptionsReachTheModuleAsModprobeReadsThem() throws IOException {
        compare(List.of(List.of("i2c-stub"), List.of("parport"), List.of("at24", "io_limit=32")),
                "BOOT_IMAGE=/vmlinuz root=UUID=1-2 quiet i2c-stub.verbose i2c_stub.name=\"test 1\""
                        + " \"parport.dyndbg=file drivers/parport/ieee1284_ops.c +mpf\" at24.write_timeout=50"
                        + " at24.a.b=1 \"at24 x.y=1\" modprobe.blacklist=ee1004");
    }

    @Test
    void aModuleNamedByAPathIsNotFoundAsModprobe30FindsNothing() throws IOException {
        Path copy = Files.copy(Path.of("/lib/modules", RELEASE, "kernel/drivers/i2c/i2c-stub.ko"), dir.resolve("i2c-stub.ko"));
        compare(List.of(List.of(copy.toString()), List.of("/lib/modules/" + RELEASE + "/kernel/drivers/i2c/i2c-stub.ko")),
                null);
    }

    /**
     * A soft pre-dependency that is also a hard dependency: kmod appends a module each time it
     * fills in its softdeps, so --show-depends lists tveeprom (and its own dependencies) twice
     * for em28xx; i2ckit lists each once (a second insmod would only find it loaded). The order
     * of first appearance is the same.
     */
    @Test
    void aSoftdepThatIsAlsoADependencyIsListedOnceWhereModprobeListsItTwice() throws IOException {
        Path root = dir.resolve("root");
        try (TreeCopy copy = new TreeCopy(root, RELEASE)) {
            Files.createDirectories(root.resolve("etc/modprobe.d"));
            Files.writeString(root.resolve("etc/modprobe.d/loop.conf"), "softdep em28xx pre: tveeprom\n");
            KernelBench.Run r = KernelBench.run("modprobe", "-d", root.toString(), "-S", RELEASE, "-C",
                    root.resolve("etc/modprobe.d").toString(), "--show-depends", "em28xx");
            assertEquals(0, r.exit(), r.toString());
            List<String> theirs = r.out().lines().toList();
            List<String> once = theirs.stream().distinct().toList();
            assertTrue(theirs.stream().filter(l -> l.contains("/tveeprom.ko")).count() == 2,
                    "kmod lists the module twice: " + theirs);
            String ours = plan(Resolver.of(root, RELEASE, ""), List.of("em28xx"));
            assertEquals(String.join("\n", once) + "\n", ours);
        }
    }
}
