// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import org.tukaani.xz.XZInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** A module file's bytes: its compression told by magic, unpacked in Java when asked. */
public final class ModuleFile {
    /** How a module file is compressed, as the kernel names it in /sys/module/compression. */
    public enum Compression {
        NONE(""), GZIP("gzip"), XZ("xz"), ZSTD("zstd");

        private final String kernelName;

        Compression(String kernelName) {
            this.kernelName = kernelName;
        }

        public String kernelName() {
            return kernelName;
        }

        public static Compression ofKernelName(String name) {
            for (Compression c : values()) {
                if (c != NONE && c.kernelName.equals(name.strip())) {
                    return c;
                }
            }
            return NONE;
        }
    }

    private ModuleFile() {
    }

    /** By magic: gzip 1f 8b, xz fd 37 7a 58 5a 00, zstd 28 b5 2f fd. */
    public static Compression compression(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Compression.GZIP;
        }
        if (head.length >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X'
                && head[4] == 'Z' && head[5] == 0) {
            return Compression.XZ;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return Compression.ZSTD;
        }
        return Compression.NONE;
    }

    public static Compression compression(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return compression(in.readNBytes(6));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The module's ELF image: the file's bytes, unpacked if compressed. */
    public static byte[] image(Path file) {
        try {
            byte[] raw = Files.readAllBytes(file);
            return switch (compression(raw)) {
                case NONE -> raw;
                case GZIP -> unpack(new GZIPInputStream(new ByteArrayInputStream(raw)));
                case XZ -> unpack(new XZInputStream(new ByteArrayInputStream(raw)));
                case ZSTD -> throw new ModuleException(Names.module(file.toString()), 0, file
                        + " is zstd-compressed, which i2ckit cannot unpack; unpack it with 'zstd -d' and insert the .ko");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] unpack(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
