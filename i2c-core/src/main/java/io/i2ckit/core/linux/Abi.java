// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import com.sun.jna.Native;

import java.nio.ByteOrder;

/**
 * The C data model a process runs under: the size of pointers and of {@code long}. The i2c-dev
 * structs contain pointers and I2C_FUNCS writes an {@code unsigned long}, so their layout
 * differs between 32-bit userlands (ARM EABI on a BeagleBone, i386) and 64-bit ones.
 */
public record Abi(String name, int pointerSize, int longSize, ByteOrder byteOrder) {
    /** 64-bit Linux: x86-64, arm64. */
    public static final Abi LP64 = new Abi("LP64", 8, 8, ByteOrder.LITTLE_ENDIAN);
    /** 32-bit Linux: ARM EABI (armhf, armel), i386. */
    public static final Abi ILP32 = new Abi("ILP32", 4, 4, ByteOrder.LITTLE_ENDIAN);

    /** The ABI of this JVM, whatever the kernel underneath (a 64-bit kernel runs 32-bit userlands). */
    public static Abi current() {
        return ThisJvm.ABI;
    }

    /** Made once, when first asked for: the same object for every bus a process opens. */
    private static final class ThisJvm {
        static final Abi ABI = new Abi(Native.POINTER_SIZE == 8 ? LP64.name : ILP32.name, Native.POINTER_SIZE,
                Native.LONG_SIZE, ByteOrder.nativeOrder());
    }
}
