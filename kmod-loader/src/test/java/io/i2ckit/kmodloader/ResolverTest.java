// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** modprobe's rules on a small text module tree with the tricky cases; real modprobe is the oracle on the bench. */
class ResolverTest {
    @TempDir
    Path root;

    private Path tree;

    @BeforeEach
    void tree() throws Exception {
        tree = root.resolve("lib/modules/6.1.0-test");
        Files.createDirectories(tree);
        Files.writeString(tree.resolve("modules.dep"), """
                kernel/drivers/i2c/i2c-dev.ko:
                kernel/drivers/i2c/busses/i2c-stub.ko:
                kernel/drivers/misc/eeprom/at24.ko: kernel/drivers/base/regmap/regmap-i2c.ko kernel/drivers/nvmem/nvmem-core.ko
                kernel/drivers/base/regmap/regmap-i2c.ko:
                kernel/drivers/nvmem/nvmem-core.ko:
                kernel/drivers/media/usb/em28xx/em28xx.ko: kernel/drivers/media/common/tveeprom.ko kernel/drivers/media/v4l2-core/videodev.ko kernel/drivers/media/mc/mc.ko kernel/drivers/usb/core/usbcore.ko kernel/drivers/usb/common/usb-common.ko
                kernel/drivers/media/common/tveeprom.ko: kernel/drivers/media/v4l2-core/videodev.ko kernel/drivers/media/mc/mc.ko
                kernel/drivers/media/v4l2-core/videodev.ko: kernel/drivers/media/mc/mc.ko
                kernel/drivers/media/mc/mc.ko:
                kernel/drivers/usb/core/usbcore.ko: kernel/drivers/usb/common/usb-common.ko
                kernel/drivers/usb/common/usb-common.ko:
                kernel/drivers/i2c/busses/i2c-bcm2835.ko:
                kernel/drivers/hwmon/lm75.ko: kernel/drivers/hwmon/hwmon.ko
                kernel/drivers/hwmon/hwmon.ko:
                """);
        Files.writeString(tree.resolve("modules.alias"), """
                # Aliases extracted from modules themselves.
                alias of:N*T*Cbrcm,bcm2835-i2cC* i2c_bcm2835
                alias platform:i2c-bcm2835 i2c_bcm2835
                alias i2c:24c04 at24
                alias i2c:lm75 lm75
                """);
        Files.writeString(tree.resolve("modules.builtin"), "kernel/drivers/i2c/i2c-core.ko\nkernel/drivers/i2c/busses/i2c-omap.ko\n");
        Files.write(tree.resolve("modules.builtin.modinfo"), "i2c_omap.alias=platform:omap_i2c\0i2c_omap.license=GPL\0".getBytes());
        Files.writeString(tree.resolve("modules.softdep"), "softdep lm75 pre: i2c-dev\nsoftdep cifs gcm\n");
        Files.writeString(tree.resolve("modules.symbols"), """
                # Aliases for symbols, used by symbol_request().
                alias symbol:tveeprom_hauppauge_analog tveeprom
                alias symbol:lm75_probe lm75
                """);
    }

    private Resolver resolver(String config, String cmdline) throws Exception {
        Path etc = root.resolve("etc/modprobe.d");
        Files.createDirectories(etc);
        Files.writeString(etc.resolve("test.conf"), config);
        Path shadowed = root.resolve("lib/modprobe.d");
        Files.createDirectories(shadowed);
        Files.writeString(shadowed.resolve("test.conf"), "options i2c_stub chip_addr=0x99\n"); // hidden by /etc's test.conf
        Files.writeString(shadowed.resolve("zz-last.conf"), "options i2c_stub functionality=0x7\n");
        ModuleTree t = ModuleTree.of(root, "6.1.0-test");
        return new Resolver(t, ModprobeConfig.load(ModprobeConfig.defaultDirectories(root), t.softdepText(), cmdline));
    }

    private List<String> plan(Resolver r, String name, String options) {
        return r.plan(name, options).stream().map(s -> s.showDepends().replace(tree + "/", "")).toList();
    }

    @Test
    void dependencyClosuresLoadRightToLeft() throws Exception {
        assertEquals(List.of("insmod kernel/drivers/usb/common/usb-common.ko ", "insmod kernel/drivers/usb/core/usbcore.ko ",
                        "insmod kernel/drivers/media/mc/mc.ko ", "insmod kernel/drivers/media/v4l2-core/videodev.ko ",
                        "insmod kernel/drivers/media/common/tveeprom.ko ", "insmod kernel/drivers/media/usb/em28xx/em28xx.ko "),
                plan(resolver("", ""), "em28xx", null));
    }

    @Test
    void dashesAndUnderscoresAreTheSameName() throws Exception {
        Resolver r = resolver("", "");
        assertEquals(plan(r, "i2c-dev", null), plan(r, "i2c_dev", null));
        assertEquals(List.of("insmod kernel/drivers/i2c/i2c-dev.ko "), plan(r, "i2c-dev.ko", null));
    }

    @Test
    void optionsComeFromConfigFilesByNameThenTheCommandLineThenTheUser() throws Exception {
        Resolver r = resolver("options i2c-stub chip_addr=0x50,0x51\n", "quiet i2c_stub.functionality=0x3 root=/dev/vda");
        assertEquals(List.of("insmod kernel/drivers/i2c/busses/i2c-stub.ko chip_addr=0x50,0x51 functionality=0x7 "
                + "functionality=0x3 bank_reg=0x4e"), plan(r, "i2c-stub", "bank_reg=0x4e"));
    }

    @Test
    void aliasesMatchAsFnmatchPatternsWithNormalizedNames() throws Exception {
        Resolver r = resolver("", "");
        assertEquals(List.of("insmod kernel/drivers/i2c/busses/i2c-bcm2835.ko "), plan(r, "platform:i2c_bcm2835", null));
        assertEquals(List.of("insmod kernel/drivers/i2c/busses/i2c-bcm2835.ko "),
                plan(r, "of:Ni2cT(null)Cbrcm,bcm2835-i2cCbrcm,other", null));
        assertEquals(List.of("insmod kernel/drivers/nvmem/nvmem-core.ko ", "insmod kernel/drivers/base/regmap/regmap-i2c.ko ",
                "insmod kernel/drivers/misc/eeprom/at24.ko "), plan(r, "i2c:24c04", null), "at24's line, right to left");
    }

    @Test
    void configuredAliasesComeFirstAndTheirOptionsApply() throws Exception {
        Resolver r = resolver("alias fan-eeprom at24\noptions fan-eeprom io_limit=32\n", "");
        List<String> p = plan(r, "fan-eeprom", null);
        assertEquals("insmod kernel/drivers/misc/eeprom/at24.ko io_limit=32 ", p.get(p.size() - 1));
    }

    @Test
    void eachTargetOfAnAliasIsProbedOnItsOwnSoSharedModulesRepeat() throws Exception {
        Resolver r = resolver("alias fan-eeprom at24\nalias fan-* i2c-dev\nsoftdep at24 pre: i2c-dev\n", "");
        assertEquals(List.of("insmod kernel/drivers/nvmem/nvmem-core.ko ", "insmod kernel/drivers/base/regmap/regmap-i2c.ko ",
                "insmod kernel/drivers/i2c/i2c-dev.ko ", "insmod kernel/drivers/misc/eeprom/at24.ko ",
                "insmod kernel/drivers/i2c/i2c-dev.ko "), plan(r, "fan-eeprom", null), "as modprobe --show-depends");
    }

    @Test
    void builtinsNeedNothingAndBuiltinAliasesResolve() throws Exception {
        Resolver r = resolver("", "");
        assertEquals(List.of("builtin i2c_core"), plan(r, "i2c-core", null));
        assertEquals(List.of("builtin i2c_omap"), plan(r, "platform:omap_i2c", null));
    }

    @Test
    void softdepsGoAroundTheirModuleAndTokensBeforePreMeanNothing() throws Exception {
        Resolver r = resolver("softdep at24 pre: i2c-stub post: lm75\n", "");
        // at24's dependencies; its pre softdep; itself; its post softdep lm75, whose own dependency
        // comes first and whose softdep from modules.softdep brings i2c-dev right before it
        assertEquals(List.of("insmod kernel/drivers/nvmem/nvmem-core.ko ", "insmod kernel/drivers/base/regmap/regmap-i2c.ko ",
                        "insmod kernel/drivers/i2c/busses/i2c-stub.ko functionality=0x7 ",
                        "insmod kernel/drivers/misc/eeprom/at24.ko ", "insmod kernel/drivers/hwmon/hwmon.ko ",
                        "insmod kernel/drivers/i2c/i2c-dev.ko ", "insmod kernel/drivers/hwmon/lm75.ko "),
                plan(r, "at24", null));
        assertTrue(r.plan("at24", null).stream().filter(s -> s.module().equals("i2c_stub")).allMatch(s -> !s.required()));
    }

    @Test
    void theBlacklistSkipsAliasesButNotAModuleAskedForByName() throws Exception {
        Resolver r = resolver("blacklist i2c-bcm2835\n", "");
        assertEquals(List.of(), plan(r, "platform:i2c-bcm2835", null));
        assertEquals(List.of("insmod kernel/drivers/i2c/busses/i2c-bcm2835.ko "), plan(r, "i2c-bcm2835", null));
        Resolver cmdline = resolver("", "modprobe.blacklist=lm75,hwmon");
        assertEquals(List.of(), plan(cmdline, "i2c:lm75", null));
    }

    @Test
    void installCommandsStandInForTheModuleUnlessItHasSoftdeps() throws Exception {
        Resolver r = resolver("install i2c-dev /bin/echo no i2c-dev here\ninstall lm75 /bin/true\n", "");
        assertEquals(List.of("install /bin/echo no i2c-dev here "), plan(r, "i2c-dev", null));
        assertEquals(List.of("insmod kernel/drivers/hwmon/hwmon.ko ", "install /bin/echo no i2c-dev here ",
                "insmod kernel/drivers/hwmon/lm75.ko "), plan(r, "lm75", null),
                "lm75 has softdeps, so its own install command is ignored; i2c-dev's is not");
    }

    @Test
    void continuedLinesAndCommentsAreReadAndOptionsKeptAsWritten() throws Exception {
        // as kmod: the continued line keeps its indentation; configured options end with a space
        Resolver r = resolver("# a comment\noptions i2c-stub \\\n  chip_addr=0x20\n", "");
        assertEquals(List.of("insmod kernel/drivers/i2c/busses/i2c-stub.ko   chip_addr=0x20 functionality=0x7 "),
                plan(r, "i2c-stub", null));
    }

    @Test
    void aSymbolRequestFindsTheModuleThatExportsIt() throws Exception {
        Resolver r = resolver("blacklist lm75\n", "");
        assertEquals(List.of("insmod kernel/drivers/media/mc/mc.ko ", "insmod kernel/drivers/media/v4l2-core/videodev.ko ",
                "insmod kernel/drivers/media/common/tveeprom.ko "), plan(r, "symbol:tveeprom_hauppauge_analog", null));
        assertEquals(List.of(), plan(r, "symbol:lm75_probe", null), "reached through a symbol, the blacklist applies");
        assertThrows(ModuleNotFoundException.class, () -> r.plan("symbol:no_such_symbol", null));
    }

    @Test
    void aPathIsNeverReplacedByTheTreesModuleOfTheSameName() throws Exception {
        Resolver r = resolver("", "");
        for (String path : List.of("/home/foo/i2c-dev.ko", "./i2c-dev.ko", "x/i2c-dev")) {
            ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class, () -> r.plan(path, null));
            assertTrue(e.getMessage().startsWith("Module " + path + " not found in directory " + tree + ": a path names"
                    + " a file, not a module; to insert that file itself, use 'i2ckit modules insert " + path + "'"),
                    e.getMessage());
        }
    }

    @Test
    void anUnknownNameIsModprobesNotFound() throws Exception {
        ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class, () -> resolver("", "").plan("nope", null));
        assertTrue(e.getMessage().startsWith("Module nope not found in directory " + tree), e.getMessage());
    }

    @Test
    void fnmatchHandlesClassesRangesAndNegation() {
        assertTrue(Fnmatch.matches("usb:v1234p*d*dc*", "usb:v1234p0001d0100dc00"));
        assertTrue(Fnmatch.matches("pci:v*d[0-9]*", "pci:v8086d7"));
        assertTrue(Fnmatch.matches("a[!b]c", "axc"));
        assertTrue(!Fnmatch.matches("a[!b]c", "abc"));
        assertTrue(Fnmatch.matches("x?z", "xyz"));
        assertTrue(!Fnmatch.matches("x?z", "xz"));
        assertTrue(Fnmatch.matches("[]]", "]"));
        assertTrue(Fnmatch.matches("a\\*", "a*"));
        assertEquals("platform:i2c_bcm2835", Names.alias("platform:i2c-bcm2835"));
        assertEquals("pci:v[0-9]*", Names.alias("pci:v[0-9]*"));
        assertEquals("i2c_dev", Names.module("/lib/modules/x/kernel/drivers/i2c/i2c-dev.ko.xz"));
    }

    private static List<String> kcmdline(String cmdline) {
        return KernelCommandLine.options(cmdline).stream().map(o -> o.module() + " " + o.text()).toList();
    }

    @Test
    void theKernelCommandLineIsReadAsKmodReadsIt() {
        // flags stay, quoted values keep their quotes, grub's whole-word quotes move before the value
        assertEquals(List.of("foo flag", "foobar x=\"test 1\"", "parport dyndbg=\"file drivers/parport/ieee1284_ops.c +mpf\"",
                        "i2c_stub chip_addr=0x50", "b q=1"),
                kcmdline("BOOT_IMAGE=/vmlinuz root=UUID=1-2 quiet foo.flag foobar.x=\"test 1\""
                        + " \"parport.dyndbg=file drivers/parport/ieee1284_ops.c +mpf\" i2c-stub.chip_addr=0x50 b.q=1\n"));
        // a second dot, spaces outside a value, an '=' before the dot: no module option
        assertEquals(List.of(), kcmdline("a.b.c=1 \"a b.c=1\" x=y.z console=ttyS0,115200"));
    }

    @Test
    void commandLineFlagsAndQuotedValuesReachTheModule() throws Exception {
        Resolver r = resolver("", "i2c-stub.verbose i2c_stub.name=\"a b\"");
        assertEquals(List.of("insmod kernel/drivers/i2c/busses/i2c-stub.ko functionality=0x7 verbose"
                + " name=\"a b\" "), plan(r, "i2c-stub", null));
    }
}
