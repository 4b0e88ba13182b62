// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.i2ckit.core.linux.GccLayouts.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Holds the Java encoding of the i2c-dev structs against gcc and the kernel's headers, on the
 * host: for both ABIs by compiling only (offsets, sizes, and the bytes of structs gcc initialised
 * with the values Java encodes), so the 32-bit check needs a 32-bit compiler (Gcc picks it) but no 32-bit kernel
 * support; for the host's own 64-bit ABI also by running the program that decodes Java's bytes.
 * The 32-bit program runs in the bench guest ({@link I2cDevStructsGccKernelTest}).
 */
class I2cDevStructsGccTest {
    private static final long POINTER_64 = 0x1234_5678_9abc_def0L;
    private static final long POINTER_32 = 0x9abc_def0L;

    @TempDir
    Path dir;

    @Test
    void lp64LayoutAsGccCompilesIt() throws Exception {
        assertSameLayout(Abi.LP64, "-m64", POINTER_64);
    }

    @Test
    void ilp32LayoutAsGccCompilesItWithoutRunningAnything32Bit() throws Exception {
        assertSameLayout(Abi.ILP32, "-m32", POINTER_32);
    }

    @Test
    void lp64ProgramDecodesWhatJavaEncoded() throws Exception {
        GccLayouts.checkProgram(GccLayouts.compileProgram(dir, "-m64"), Abi.LP64, POINTER_64);
    }

    private void assertSameLayout(Abi abi, String flag, long pointer) throws Exception {
        GccLayouts.Layout gcc = GccLayouts.fromObject(dir, flag, pointer);
        GccLayouts.Layout java = GccLayouts.java(abi, pointer);
        assertEquals(gcc.numbers(), java.numbers(), "offset and size of every field, gcc " + flag);
        assertEquals(hex(gcc.msg()), hex(java.msg()), "struct i2c_msg bytes, gcc " + flag);
        assertEquals(hex(gcc.rdwr()), hex(java.rdwr()), "struct i2c_rdwr_ioctl_data bytes, gcc " + flag);
        assertEquals(hex(gcc.smbus()), hex(java.smbus()), "struct i2c_smbus_ioctl_data bytes, gcc " + flag);
    }
}
