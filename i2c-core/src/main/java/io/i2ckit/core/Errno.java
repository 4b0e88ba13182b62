// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import java.util.Map;

/**
 * The Linux errno values the I2C stack returns, and glibc's text for them, so messages read like
 * those of i2c-tools ({@code strerror}) without a native call.
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int E2BIG = 7;
    public static final int ENOEXEC = 8;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int ENOTDIR = 20;
    public static final int EINVAL = 22;
    public static final int ENOTTY = 25;
    public static final int ENOSPC = 28;
    public static final int EROFS = 30;
    public static final int ENOSYS = 38;
    public static final int ENODATA = 61;
    public static final int EPROTO = 71;
    public static final int EBADMSG = 74;
    public static final int EOVERFLOW = 75;
    public static final int EMSGSIZE = 90;
    public static final int EOPNOTSUPP = 95;
    public static final int ESHUTDOWN = 108;
    public static final int ETIMEDOUT = 110;
    public static final int EALREADY = 114;
    public static final int EREMOTEIO = 121;
    public static final int EKEYREJECTED = 129;

    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry(EPERM, "Operation not permitted"),
            Map.entry(ENOENT, "No such file or directory"),
            Map.entry(EINTR, "Interrupted system call"),
            Map.entry(EIO, "Input/output error"),
            Map.entry(ENXIO, "No such device or address"),
            Map.entry(E2BIG, "Argument list too long"),
            Map.entry(ENOEXEC, "Exec format error"),
            Map.entry(EBADF, "Bad file descriptor"),
            Map.entry(EAGAIN, "Resource temporarily unavailable"),
            Map.entry(ENOMEM, "Cannot allocate memory"),
            Map.entry(EACCES, "Permission denied"),
            Map.entry(EFAULT, "Bad address"),
            Map.entry(EBUSY, "Device or resource busy"),
            Map.entry(EEXIST, "File exists"),
            Map.entry(ENODEV, "No such device"),
            Map.entry(ENOTDIR, "Not a directory"),
            Map.entry(EINVAL, "Invalid argument"),
            Map.entry(ENOTTY, "Inappropriate ioctl for device"),
            Map.entry(ENOSPC, "No space left on device"),
            Map.entry(EROFS, "Read-only file system"),
            Map.entry(ENOSYS, "Function not implemented"),
            Map.entry(ENODATA, "No data available"),
            Map.entry(EPROTO, "Protocol error"),
            Map.entry(EBADMSG, "Bad message"),
            Map.entry(EOVERFLOW, "Value too large for defined data type"),
            Map.entry(EMSGSIZE, "Message too long"),
            Map.entry(EOPNOTSUPP, "Operation not supported"),
            Map.entry(ESHUTDOWN, "Cannot send after transport endpoint shutdown"),
            Map.entry(ETIMEDOUT, "Connection timed out"),
            Map.entry(EALREADY, "Operation already in progress"),
            Map.entry(EREMOTEIO, "Remote I/O error"),
            Map.entry(EKEYREJECTED, "Key was rejected by service"));

    private Errno() {
    }

    /** glibc's {@code strerror} text for {@code errno}. */
    public static String text(int errno) {
        return TEXT.getOrDefault(errno, "Unknown error " + errno);
    }
}
