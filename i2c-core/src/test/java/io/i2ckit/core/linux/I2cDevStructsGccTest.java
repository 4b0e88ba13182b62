// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Holds the Java encoding of the i2c-dev structs against the C compiler, for the 64-bit ABI
 * ({@code gcc -m64}) and the 32-bit one ({@code gcc -m32}, needing Debian's gcc-multilib): the
 * sizes and offsets gcc computes from the kernel's own headers, and the field values C reads
 * back from the bytes Java encoded.
 */
class I2cDevStructsGccTest {
    private static final String PROGRAM = """
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            #include <stddef.h>
            #include <linux/i2c.h>
            #include <linux/i2c-dev.h>
            #define F(s, f) printf("%s %s %zu %zu\\n", #s, #f, offsetof(struct s, f), sizeof(((struct s *)0)->f))
            static void hex(const char *h, void *out, size_t n) {
                for (size_t i = 0; i < n; i++) { unsigned v; sscanf(h + 2 * i, "%2x", &v); ((unsigned char *)out)[i] = v; }
            }
            int main(int argc, char **argv) {
                if (argc == 1) {
                    F(i2c_msg, addr); F(i2c_msg, flags); F(i2c_msg, len); F(i2c_msg, buf);
                    printf("i2c_msg size %zu 0\\n", sizeof(struct i2c_msg));
                    F(i2c_rdwr_ioctl_data, msgs); F(i2c_rdwr_ioctl_data, nmsgs);
                    printf("i2c_rdwr_ioctl_data size %zu 0\\n", sizeof(struct i2c_rdwr_ioctl_data));
                    F(i2c_smbus_ioctl_data, read_write); F(i2c_smbus_ioctl_data, command);
                    F(i2c_smbus_ioctl_data, size); F(i2c_smbus_ioctl_data, data);
                    printf("i2c_smbus_ioctl_data size %zu 0\\n", sizeof(struct i2c_smbus_ioctl_data));
                    printf("i2c_smbus_data size %zu 0\\n", sizeof(union i2c_smbus_data));
                    printf("funcs size %zu 0\\n", sizeof(unsigned long));
                    return 0;
                }
                if (!strcmp(argv[1], "msg")) {
                    struct i2c_msg m; hex(argv[2], &m, sizeof m);
                    printf("%x %x %x %lx\\n", m.addr, m.flags, m.len, (unsigned long)m.buf);
                } else if (!strcmp(argv[1], "rdwr")) {
                    struct i2c_rdwr_ioctl_data d; hex(argv[2], &d, sizeof d);
                    printf("%lx %x\\n", (unsigned long)d.msgs, d.nmsgs);
                } else {
                    struct i2c_smbus_ioctl_data d; hex(argv[2], &d, sizeof d);
                    printf("%x %x %x %lx\\n", d.read_write, d.command, d.size, (unsigned long)d.data);
                }
                return 0;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void lp64LayoutMatchesGcc() throws Exception {
        check(Abi.LP64, "-m64", 0x1234_5678_9abc_def0L);
    }

    @Test
    void ilp32LayoutMatchesGcc() throws Exception {
        check(Abi.ILP32, "-m32", 0x9abc_def0L);
    }

    private void check(Abi abi, String flag, long pointer) throws Exception {
        Path exe = compile(flag);
        I2cDevStructs structs = new I2cDevStructs(abi);
        Map<String, String> gcc = new LinkedHashMap<>();
        for (String line : run(exe)) {
            String[] w = line.split(" ");
            gcc.put(w[0] + " " + w[1], w[2] + " " + w[3]);
        }
        Map<String, String> java = new LinkedHashMap<>();
        for (StructLayout s : List.of(structs.msg(), structs.rdwr(), structs.smbus())) {
            for (String f : s.fields()) {
                java.put(s.name() + " " + f, s.offset(f) + " " + s.sizeOf(f));
            }
            java.put(s.name() + " size", s.size() + " 0");
        }
        java.put("i2c_smbus_data size", io.i2ckit.core.spi.SmbusData.UNION_SIZE + " 0");
        java.put("funcs size", structs.funcsSize() + " 0");
        assertEquals(gcc, java, "offset and size of every field, " + flag);

        ByteBuffer msg = ByteBuffer.allocate(structs.msg().size());
        structs.putMsg(msg, 0, 0x50, 0x0401, 0x1234, pointer);
        assertEquals(List.of("50 401 1234 " + Long.toHexString(pointer)), run(exe, "msg", hex(msg.array())));
        assertEquals(List.of(Long.toHexString(pointer) + " 2a"), run(exe, "rdwr", hex(structs.rdwrData(pointer, 42))));
        assertEquals(List.of("1 a5 8 " + Long.toHexString(pointer)),
                run(exe, "smbus", hex(structs.smbusData(1, 0xa5, 8, pointer))));
    }

    private Path compile(String flag) throws Exception {
        Path src = dir.resolve("layout.c");
        Files.writeString(src, PROGRAM);
        Path exe = dir.resolve("layout" + flag);
        Process p = new ProcessBuilder("gcc", flag, "-Wall", "-o", exe.toString(), src.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("gcc " + flag + " failed (for -m32 install gcc-multilib; the README's test command does):\n" + out);
        }
        return exe;
    }

    private static List<String> run(Path exe, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
