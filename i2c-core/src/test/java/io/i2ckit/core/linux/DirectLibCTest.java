// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bus's libc calls, directly mapped, on files every Linux has: results and errno come back as C gives them. */
class DirectLibCTest {
    private static final int ENOENT = 2;
    private static final int EBADF = 9;
    private static final int ENOTTY = 25;

    @Test
    void openIoctlAndCloseReturnWhatTheKernelSaysAndErrnoOnFailure() {
        LibC libc = LibC.load();
        int fd = libc.open("/dev/null", LibC.O_RDWR | LibC.O_CLOEXEC);
        assertTrue(fd > 2, "a fresh descriptor: " + fd);
        Memory funcs = new Memory(8);
        LastErrorException notI2c = assertThrows(LastErrorException.class,
                () -> libc.ioctl(fd, new NativeLong(I2cDevStructs.I2C_FUNCS), funcs));
        assertEquals(ENOTTY, notI2c.getErrorCode(), "/dev/null is no i2c-dev node");
        LastErrorException noSlave = assertThrows(LastErrorException.class,
                () -> libc.ioctl(fd, new NativeLong(I2cDevStructs.I2C_SLAVE), new NativeLong(0x50)));
        assertEquals(ENOTTY, noSlave.getErrorCode());
        assertEquals(0, libc.close(fd));
        assertEquals(EBADF, assertThrows(LastErrorException.class, () -> libc.close(fd)).getErrorCode());
        assertEquals(ENOENT, assertThrows(LastErrorException.class,
                () -> libc.open("/nonexistent/i2c-0", LibC.O_RDWR)).getErrorCode());
    }

    @Test
    void theVariadicSyscallStillReachesTheKernel() {
        // close(-1) by number: 3 on x86-64, 6 on i386 and armhf, 57 on arm64
        String arch = System.getProperty("os.arch");
        long close = switch (arch) {
            case "amd64" -> 3;
            case "aarch64" -> 57;
            default -> 6;
        };
        LastErrorException e = assertThrows(LastErrorException.class,
                () -> LibC.load().syscall(new NativeLong(close), -1));
        assertEquals(EBADF, e.getErrorCode(), arch);
    }
}
