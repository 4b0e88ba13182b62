// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import com.sun.jna.LastErrorException;

/**
 * The kernel's module calls, the loader's only way into the kernel. Each throws
 * {@link LastErrorException} carrying the kernel's errno; tests stand in a failing kernel here.
 */
public interface ModuleCalls {
    /** finit_module's flag: the file is compressed and the kernel should unpack it. */
    int MODULE_INIT_COMPRESSED_FILE = 4;
    /** delete_module's flag: fail at once with EWOULDBLOCK while the module is in use. */
    int O_NONBLOCK = 0x800;

    /** Opens a module file read-only for {@link #finit}. */
    int open(String path);

    void close(int fd);

    /** finit_module(fd, params, flags). */
    void finit(int fd, String params, int flags);

    /** init_module(image, length, params), for an image unpacked in Java. */
    void init(byte[] image, String params);

    /** delete_module(name, flags). */
    void delete(String module, int flags);
}
