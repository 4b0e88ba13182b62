// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.linux;

import io.i2ckit.core.spi.SmbusData;
import io.i2ckit.core.testing.Gcc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * The i2c-dev structs as gcc lays them out from the kernel's own headers, for one ABI flag
 * ({@code -m64}, {@code -m32}), two ways:
 * <ul>
 * <li>{@link #fromObject}: compile only. Offsets, sizes and three structs initialised with known
 *     field values go into sections of an object file, read back with objcopy. Nothing executes,
 *     so this works for {@code -m32} on a host whose kernel cannot run 32-bit programs.</li>
 * <li>{@link #compileProgram} and {@link #run}: a program that prints the layout and decodes the
 *     bytes Java encoded; it must run on a kernel that executes that ABI (the bench guest for
 *     {@code -m32}).</li>
 * </ul>
 * The field list is the kernel's structs as this test knows them, written here, not read from
 * the code under test.
 */
final class GccLayouts {
    static final List<String> FIELDS = List.of(
            "i2c_msg addr", "i2c_msg flags", "i2c_msg len", "i2c_msg buf",
            "i2c_rdwr_ioctl_data msgs", "i2c_rdwr_ioctl_data nmsgs",
            "i2c_smbus_ioctl_data read_write", "i2c_smbus_ioctl_data command",
            "i2c_smbus_ioctl_data size", "i2c_smbus_ioctl_data data");
    static final List<String> SIZES = List.of(
            "struct i2c_msg", "struct i2c_rdwr_ioctl_data", "struct i2c_smbus_ioctl_data",
            "union i2c_smbus_data", "unsigned long");

    /** Field values both sides encode: what C initialises and what Java puts in its buffers. */
    static final int ADDR = 0x50, FLAGS = 0x0401, LEN = 0x1234, NMSGS = 42;
    static final int READ_WRITE = 1, COMMAND = 0xa5, SIZE = 8;

    private static final String HEADERS = """
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            #include <stddef.h>
            #include <linux/i2c.h>
            #include <linux/i2c-dev.h>
            """;

    private GccLayouts() {
    }

    /** What one compilation says: offset and size per key, and the bytes of the three structs. */
    record Layout(Map<String, String> numbers, byte[] msg, byte[] rdwr, byte[] smbus) {
    }

    /** The same for the Java encoding of {@code abi}, with {@code pointer} in every pointer field. */
    static Layout java(Abi abi, long pointer) {
        I2cDevStructs structs = new I2cDevStructs(abi);
        Map<String, String> numbers = new LinkedHashMap<>();
        for (StructLayout s : List.of(structs.msg(), structs.rdwr(), structs.smbus())) {
            for (String f : s.fields()) {
                numbers.put(s.name() + " " + f, s.offset(f) + " " + s.sizeOf(f));
            }
        }
        numbers.put("struct i2c_msg", structs.msg().size() + " 0");
        numbers.put("struct i2c_rdwr_ioctl_data", structs.rdwr().size() + " 0");
        numbers.put("struct i2c_smbus_ioctl_data", structs.smbus().size() + " 0");
        numbers.put("union i2c_smbus_data", SmbusData.UNION_SIZE + " 0");
        numbers.put("unsigned long", structs.funcsSize() + " 0");
        ByteBuffer msg = ByteBuffer.allocate(structs.msg().size());
        structs.putMsg(msg, 0, ADDR, FLAGS, LEN, pointer);
        return new Layout(numbers, msg.array(), structs.rdwrData(pointer, NMSGS),
                structs.smbusData(READ_WRITE, COMMAND, SIZE, pointer));
    }

    /** Compiles to an object file for {@code flag} and reads its layout sections back. */
    static Layout fromObject(Path dir, String flag, long pointer) throws IOException, InterruptedException {
        StringBuilder c = new StringBuilder(HEADERS);
        c.append("#define AT(s) __attribute__((section(\".i2ckit.\" s), used))\n");
        c.append("#define F(s, f) offsetof(struct s, f), sizeof(((struct s *)0)->f)\n");
        c.append("AT(\"numbers\") const unsigned int numbers[] = {\n");
        for (String key : FIELDS) {
            String[] w = key.split(" ");
            c.append("    F(").append(w[0]).append(", ").append(w[1]).append("),\n");
        }
        for (String type : SIZES) {
            c.append("    sizeof(").append(type).append("), 0,\n");
        }
        c.append("};\n");
        String ptr = "0x" + Long.toHexString(pointer) + "UL";
        c.append("AT(\"msg\") const struct i2c_msg msg = { .addr = ").append(ADDR).append(", .flags = ")
                .append(FLAGS).append(", .len = ").append(LEN).append(", .buf = (__u8 *)").append(ptr).append(" };\n");
        c.append("AT(\"rdwr\") const struct i2c_rdwr_ioctl_data rdwr = { .msgs = (struct i2c_msg *)")
                .append(ptr).append(", .nmsgs = ").append(NMSGS).append(" };\n");
        c.append("AT(\"smbus\") const struct i2c_smbus_ioctl_data smbus = { .read_write = ").append(READ_WRITE)
                .append(", .command = ").append(COMMAND).append(", .size = ").append(SIZE)
                .append(", .data = (union i2c_smbus_data *)").append(ptr).append(" };\n");
        Path src = dir.resolve("layout" + flag + "-object.c");
        Files.writeString(src, c);
        Path object = dir.resolve("layout" + flag + ".o");
        exec(Gcc.command(flag, "-Wall", "-Werror", "-c", "-o", object.toString(), src.toString()),
                "gcc " + flag + " -c failed (" + Gcc.HINT_32 + ")");

        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        ByteBuffer raw = ByteBuffer.wrap(section(object, "numbers")).order(order);
        List<String> keys = new ArrayList<>(FIELDS);
        keys.addAll(SIZES);
        assertEquals(keys.size() * 8, raw.remaining(), "the numbers section of " + object);
        Map<String, String> numbers = new LinkedHashMap<>();
        for (String key : keys) {
            numbers.put(key, raw.getInt() + " " + raw.getInt());
        }
        return new Layout(numbers, section(object, "msg"), section(object, "rdwr"), section(object, "smbus"));
    }

    private static byte[] section(Path object, String name) throws IOException, InterruptedException {
        Path out = object.resolveSibling(object.getFileName() + "." + name);
        exec(List.of("objcopy", "-O", "binary", "-j", ".i2ckit." + name, object.toString(), out.toString()),
                "objcopy could not read section .i2ckit." + name + " (binutils comes with gcc)");
        return Files.readAllBytes(out);
    }

    /** Compiles the program that prints the layout and decodes hex-encoded structs. */
    static Path compileProgram(Path dir, String flag) throws IOException, InterruptedException {
        String program = HEADERS + """
                #define F(s, f) printf("%s %s %zu %zu\\n", #s, #f, offsetof(struct s, f), sizeof(((struct s *)0)->f))
                #define S(t) printf("%s %zu 0\\n", #t, sizeof(t))
                static void hex(const char *h, void *out, size_t n) {
                    for (size_t i = 0; i < n; i++) { unsigned v; sscanf(h + 2 * i, "%2x", &v); ((unsigned char *)out)[i] = v; }
                }
                int main(int argc, char **argv) {
                    if (argc == 1) {
                        F(i2c_msg, addr); F(i2c_msg, flags); F(i2c_msg, len); F(i2c_msg, buf);
                        F(i2c_rdwr_ioctl_data, msgs); F(i2c_rdwr_ioctl_data, nmsgs);
                        F(i2c_smbus_ioctl_data, read_write); F(i2c_smbus_ioctl_data, command);
                        F(i2c_smbus_ioctl_data, size); F(i2c_smbus_ioctl_data, data);
                        S(struct i2c_msg); S(struct i2c_rdwr_ioctl_data); S(struct i2c_smbus_ioctl_data);
                        S(union i2c_smbus_data); S(unsigned long);
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
        Path src = dir.resolve("layout" + flag + ".c");
        Files.writeString(src, program);
        Path exe = dir.resolve("layout" + flag);
        exec(Gcc.command(flag, "-Wall", "-o", exe.toString(), src.toString()),
                "gcc " + flag + " failed (" + Gcc.HINT_32 + ")");
        return exe;
    }

    /**
     * Runs the layout program: its offsets and sizes must equal Java's, and it must decode the
     * structs Java encoded into the field values Java put in.
     */
    static void checkProgram(Path exe, Abi abi, long pointer) throws IOException, InterruptedException {
        Map<String, String> printed = new LinkedHashMap<>();
        for (String line : run(exe)) {
            int cut = line.lastIndexOf(' ', line.lastIndexOf(' ') - 1);
            printed.put(line.substring(0, cut), line.substring(cut + 1));
        }
        Layout java = java(abi, pointer);
        assertEquals(java.numbers(), printed, "offset and size of every field, as " + exe.getFileName() + " prints them");
        String p = Long.toHexString(pointer);
        assertEquals(List.of(hex(ADDR) + " " + hex(FLAGS) + " " + hex(LEN) + " " + p), run(exe, "msg", hex(java.msg())));
        assertEquals(List.of(p + " " + hex(NMSGS)), run(exe, "rdwr", hex(java.rdwr())));
        assertEquals(List.of(hex(READ_WRITE) + " " + hex(COMMAND) + " " + hex(SIZE) + " " + p),
                run(exe, "smbus", hex(java.smbus())));
    }

    private static List<String> run(Path exe, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, exe.getFileName() + " failed").lines().toList();
    }

    private static String exec(List<String> cmd, String failure) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(failure + ":\n" + String.join(" ", cmd) + "\n" + out);
        }
        return out;
    }

    private static String hex(int value) {
        return Integer.toHexString(value);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
