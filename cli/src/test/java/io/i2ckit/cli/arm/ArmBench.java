// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.arm;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.cli.Main;
import io.i2ckit.cli.Session;
import io.i2ckit.core.BusEnvironment;
import io.i2ckit.core.kernel.KernelBench;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The ARM bench guest (kernel-bench/run-in-arm-vm): qemu's vexpress-a9 on Debian's armhf kernel,
 * its I2C controller i2c-0 driven by i2c-versatile (full I2C), qemu's read-only EDID EEPROM at
 * 0x50 and two 256-byte at24c-eeprom at 0x54/0x55, the halves of a 24C04. i2ckit runs in the
 * test's own armhf JVM (a JVM start costs seconds there); Debian's armhf i2c-tools are the oracle.
 */
final class ArmBench {
    static final String BUS = "0";
    static final int PAIR = 0x54;
    static final int EDID = 0x50;

    private ArmBench() {
    }

    static void requireArmGuest() {
        KernelBench.requireGuest();
        if (!"1".equals(System.getenv("I2CKIT_ARM_BENCH"))) {
            fail("ARM tests run in the armhf guest: kernel-bench/run-arm-tests (or ./run-tests)");
        }
    }

    /** {@code i2ckit ARGS} in this JVM, with backups under {@code dir}. */
    static CliHarness.Result i2ckit(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString(), "XDG_STATE_HOME", dir.toString()),
                BusEnvironment.system(), false);
        int code = Main.run(session, args);
        return new CliHarness.Result(code, out.toString(), err.toString());
    }

    /** A Debian i2c-tools (or other) program's result. */
    static KernelBench.Run tool(String... command) {
        return KernelBench.run(command);
    }

    /**
     * Both sides agree on success, stdout and stderr; an error line of ours may add the reason in
     * parentheses after i2c-tools' words, as i2ckit's do.
     */
    static void assertSame(KernelBench.Run debian, CliHarness.Result ours, String what) {
        assertEquals(debian.exit() == 0 ? 0 : 1, ours.code() == 0 ? 0 : 1, what + ": exit\n" + debian + "\n" + ours);
        assertEquals(debian.out(), ours.out(), what + ": stdout");
        List<String> theirs = debian.err().lines().toList();
        List<String> mine = ours.err().lines().toList();
        assertEquals(theirs.size(), mine.size(), what + ": stderr\n" + debian.err() + "\n" + ours.err());
        for (int i = 0; i < theirs.size(); i++) {
            String line = mine.get(i);
            assertTrue(line.equals(theirs.get(i)) || line.startsWith(theirs.get(i) + " ("),
                    what + ": stderr line " + (i + 1) + "\n" + theirs.get(i) + "\n" + line);
        }
    }
}
