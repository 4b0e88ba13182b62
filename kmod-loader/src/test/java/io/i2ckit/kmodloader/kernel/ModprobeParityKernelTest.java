// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader.kernel;

import io.i2ckit.core.kernel.KernelBench;
import io.i2ckit.kmodloader.Modinfo;
import io.i2ckit.kmodloader.ModuleLoader;
import io.i2ckit.kmodloader.ModuleNotFoundException;
import io.i2ckit.kmodloader.ModuleRequest;
import io.i2ckit.kmodloader.ModuleTree;
import io.i2ckit.kmodloader.Step;
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
 * Resolution and module information beside Debian's kmod: our plan against
 * {@code modprobe --show-depends} and our report against {@code modinfo}, on the kernel's own
 * tree and on a copy of it with a modprobe.d full of the tricky cases.
 */
@Tag("kernel")
class ModprobeParityKernelTest {
    private static final String RELEASE = ModuleTree.release(Path.of("/"));
    /** Names, aliases and odd spellings on the real tree: closures, softdeps, builtins, wildcards, the command line. */
    private static final List<String> REAL_NAMES = List.of("i2c-dev", "i2c_stub", "at24", "i2c-i801", "i2c-piix4",
            "ee1004", "em28xx", "snd-hda-intel", "ext4", "cifs", "nfsd", "btrfs", "i2c:24c04", "crypto-crc32c",
            "fs-vfat", "i2c-core", "regmap-i2c", "snd-dummy", "snd_dummy", "net-pf-10",
            "pci:v00008086d00007A23sv00001028sd000004DAbc0Cc05i00", "udlfb", "no-such-module");

    @TempDir
    Path dir;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    @Test
    void plansEqualModprobeShowDependsOnTheKernelsTree() {
        List<String> ours = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        ModuleLoader loader = ModuleLoader.forSystem(Path.of("/"));
        for (String name : REAL_NAMES) {
            ours.add(name + ":\n" + plan(loader, name, ""));
            theirs.add(name + ":\n" + modprobe("--show-depends", name));
        }
        assertEquals(String.join("", theirs), String.join("", ours));
    }

    @Test
    void plansEqualModprobeShowDependsWithATrickyConfiguration() throws IOException {
        Path root = dir.resolve("root");
        try (TreeCopy copy = new TreeCopy(root, RELEASE)) {
            trickyConfiguration(root);
            comparePlans(root);
        }
    }

    private void comparePlans(Path root) {
        ModuleLoader loader = ModuleLoader.forSystem(Path.of("/")).withTree(root, RELEASE);
        List<String[]> cases = List.of(new String[] {"i2c-stub"}, new String[] {"i2c_stub", "chip_addr=0x51", "name=a b"},
                new String[] {"at24"}, new String[] {"fan-eeprom"}, new String[] {"fan-blades"},
                new String[] {"spd-eeprom"}, new String[] {"ee1004"}, new String[] {"i2c-i801", "disable_features=0x1"},
                new String[] {"snd-dummy", "pcm_devs=2"}, new String[] {"i2c-piix4"}, new String[] {"at25"});
        List<String> ours = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (String[] c : cases) {
            List<String> words = List.of(c);
            ours.add(words + ":\n" + plan(loader, c[0], ModuleRequest.joinParameters(words.subList(1, words.size()))));
            List<String> args = new ArrayList<>(List.of("-d", root.toString(), "-S", RELEASE));
            for (String d : List.of("etc", "run", "lib")) {
                args.addAll(List.of("-C", root.resolve(d + "/modprobe.d").toString()));
            }
            args.add("--show-depends");
            args.addAll(words);
            theirs.add(words + ":\n" + modprobe(args.toArray(String[]::new)));
        }
        assertEquals(String.join("", theirs), String.join("", ours));
    }

    @Test
    void moduleInformationEqualsModinfo() throws IOException {
        Path hello = dir.resolve("copy of i2c-stub.ko");
        Files.copy(Path.of("/lib/modules", RELEASE, "kernel/drivers/i2c/i2c-stub.ko"), hello);
        ModuleLoader loader = ModuleLoader.forSystem(Path.of("/"));
        StringBuilder ours = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        for (String name : List.of("i2c-dev", "i2c_stub", "at24", "ee1004", "i2c-i801", "snd-hda-intel", "i2c-core",
                "regmap-i2c", "i2c:24c04", "crypto-crc32c", hello.toString())) {
            ours.append(name).append(":\n");
            theirs.append(name).append(":\n").append(KernelBench.ok(KernelBench.run("modinfo", name)).out());
            theirs.append(KernelBench.ok(KernelBench.run("modinfo", "-F", "parm", name)).out());
            List<List<Modinfo.Field>> reports = loader.describe(name);
            reports.forEach(r -> r.forEach(f -> ours.append(String.format("%-16s%s%n", f.key() + ":", f.value()))));
            reports.forEach(r -> r.stream().filter(f -> f.key().equals("parm")).forEach(f -> ours.append(f.alone()).append('\n')));
        }
        assertEquals(theirs.toString(), ours.toString());
    }

    @Test
    void anUnknownNameIsNotFoundForBoth() {
        KernelBench.Run r = KernelBench.run("modinfo", "no-such-module");
        assertEquals(1, r.exit());
        assertEquals("modinfo: ERROR: Module no-such-module not found.\n", r.err());
        ModuleNotFoundException e = org.junit.jupiter.api.Assertions.assertThrows(ModuleNotFoundException.class,
                () -> ModuleLoader.forSystem(Path.of("/")).describe("no-such-module"));
        assertTrue(e.detail().startsWith("Module no-such-module not found in directory /lib/modules/" + RELEASE), e.detail());
    }

    private static String plan(ModuleLoader loader, String name, String options) {
        try {
            return loader.plan(new ModuleRequest(name, options)).stream().map(s -> s.showDepends() + "\n")
                    .collect(Collectors.joining());
        } catch (ModuleNotFoundException e) {
            return "(not found)\n";
        }
    }

    /** modprobe's stdout, or "(not found)" when it fails as it does for a missing module. */
    private static String modprobe(String... args) {
        List<String> command = new ArrayList<>(List.of("modprobe"));
        command.addAll(List.of(args));
        KernelBench.Run r = KernelBench.run(command.toArray(String[]::new));
        if (r.exit() != 0) {
            assertTrue(r.err().contains("not found in directory"), r.toString());
            return "(not found)\n";
        }
        return r.out();
    }

    /**
     * modprobe.d files under {@code root} for every rule: options spread over files and lines, a
     * shadowed file, configured aliases with wildcards, a blacklist that only stops aliases, an
     * install command, softdeps from configuration.
     */
    private static void trickyConfiguration(Path root) throws IOException {
        write(root.resolve("etc/modprobe.d/i2ckit.conf"), """
                # the bench's own rules
                options i2c_stub chip_addr=0x50 functionality=0x1
                options i2c-stub bank_reg=0x10
                alias fan-eeprom at24
                alias fan-* i2c_stub
                blacklist ee1004
                alias spd-eeprom ee1004
                install i2c-i801 /sbin/modprobe --ignore-install i2c-i801 $CMDLINE_OPTS; echo loaded
                softdep at24 pre: i2c-dev post: i2c-stub
                options at24 io_limit=32 \\
                  write_timeout=50
                """);
        write(root.resolve("lib/modprobe.d/i2ckit.conf"), "options i2c_stub chip_addr=0x99\n");
        write(root.resolve("lib/modprobe.d/zz-late.conf"), "options i2c_piix4 force=1\nalias fan-eeprom i2c-dev\n");
        write(root.resolve("run/modprobe.d/00-early.conf"), "options snd-dummy enable=1\nsoftdep at25 pre: i2c-dev\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
