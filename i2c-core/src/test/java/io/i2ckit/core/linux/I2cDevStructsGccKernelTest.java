// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import io.i2ckit.core.kernel.KernelBench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The 32-bit layout program, compiled with {@code gcc -m32} and run in the bench guest, whose
 * Debian kernel executes i386 programs (the host's may not): gcc's offsets and sizes, and C
 * decoding the bytes Java encoded for the ILP32 ABI. Tagged {@code gcc}: it runs on the 64-bit
 * JVM's pass, where the host's gcc is at hand, not in the i386 root.
 */
@Tag("kernel")
@Tag("gcc")
class I2cDevStructsGccKernelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    @Test
    void ilp32ProgramDecodesWhatJavaEncoded() throws Exception {
        GccLayouts.checkProgram(GccLayouts.compileProgram(dir, "-m32"), Abi.ILP32, 0x9abc_def0L);
    }
}
