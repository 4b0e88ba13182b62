// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import io.i2ckit.core.testing.Gcc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The {@code .modinfo} section read from ELF objects gcc builds (64 and 32 bit, as the kernel's
 * MODULE_* macros lay them out), and the appended signature. Debian's modinfo is the oracle for
 * real modules on the bench.
 */
class ModinfoTest {
    private static final String SOURCE = """
            #define INFO(name, text) static const char name[] __attribute__((section(".modinfo"), used, aligned(1))) = text
            INFO(a, "parmtype=repeat:int");
            INFO(b, "parm=repeat:How many times to say hello");
            INFO(c, "parmtype=goodbye:charp");
            INFO(d, "description=Says hello");
            INFO(e, "license=GPL");
            INFO(f, "parmtype=quiet:bool");
            INFO(g, "alias=i2c:hello");
            INFO(h, "alias=of:N*T*Chello");
            INFO(i, "depends=");
            INFO(j, "name=hello");
            INFO(k, "vermagic=6.1.0-56-amd64 SMP preempt mod_unload modversions ");
            int unrelated = 42;
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"-m64", "-m32"})
    void fieldsComeInSectionOrderAndParametersAsModinfoShowsThem(String abi) throws Exception {
        Modinfo info = Modinfo.of(Files.readAllBytes(compile(abi)));

        assertEquals("Says hello", info.get("description"));
        assertEquals(List.of("i2c:hello", "of:N*T*Chello"), info.all("alias"));
        assertEquals("", info.get("depends"));
        assertEquals(List.of("quiet:bool", "goodbye:charp", "repeat:How many times to say hello (int)"),
                info.parameters());
        assertEquals(List.of("quiet: (bool)", "goodbye: (charp)", "repeat:How many times to say hello (int)"),
                info.parametersAlone(), "modinfo -F parm words a parameter without description otherwise");
        assertEquals(List.of("filename", "description", "license", "alias", "alias", "depends", "name", "vermagic",
                        "parm", "parm", "parm"),
                info.report("hello.ko", Optional.empty()).stream().map(Modinfo.Field::key).toList());
    }

    @Test
    void somethingThatIsNotElfIsAnInvalidModuleFormat() {
        assertThrows(IllegalArgumentException.class, () -> Modinfo.of("#!/bin/sh\necho hi\n".getBytes()));
    }

    @Test
    void builtinFieldsComeFromTheBuiltinModinfoStrings() {
        Modinfo info = Modinfo.ofBuiltin("i2c-omap", "i2c_omap.alias=platform:omap_i2c\0i2c_omapx.license=x\0"
                + "i2c_omap.license=GPL\0");

        assertEquals(List.of("platform:omap_i2c"), info.all("alias"));
        assertEquals("GPL", info.get("license"));
        assertEquals(List.of("alias", "license"), info.keys());
    }

    @Test
    void aPkcs7SignatureShowsSignerKeyHashAndDigest() throws Exception {
        byte[] serial = {0x00, (byte) 0x8a, 0x01, 0x02};
        byte[] digest = new byte[25];
        for (int i = 0; i < digest.length; i++) {
            digest[i] = (byte) (0xa0 + i);
        }
        byte[] module = withSignature(Files.readAllBytes(compile("-m64")), pkcs7("Debian Secure Boot CA", serial, digest));

        ModuleSignature sig = ModuleSignature.of(module).orElseThrow();

        assertEquals("PKCS#7", sig.id());
        assertEquals("Debian Secure Boot CA", sig.signer());
        assertEquals("8A:01:02", ModuleSignature.hex(sig.keyId()));
        assertEquals("sha256", sig.hashAlgorithm());
        assertEquals("A0:A1:A2:A3:A4:A5:A6:A7:A8:A9:AA:AB:AC:AD:AE:AF:B0:B1:B2:B3:\n\t\tB4:B5:B6:B7:B8",
                ModuleSignature.hex(sig.signature()));
        assertEquals("Says hello", Modinfo.of(module).get("description"), "the signature does not hide the ELF");
    }

    @Test
    void aModuleWithoutTheMagicHasNoSignature() throws Exception {
        assertFalse(ModuleSignature.of(Files.readAllBytes(compile("-m64"))).isPresent());
    }

    private Path compile(String abi) throws Exception {
        Path src = dir.resolve("hello.c");
        Path obj = dir.resolve("hello" + abi + ".o");
        Files.writeString(src, SOURCE);
        Process p = new ProcessBuilder(Gcc.command(abi, "-c", "-o", obj.toString(), src.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            fail("gcc " + abi + " failed (" + Gcc.HINT_32 + "):\n" + out);
        }
        return obj;
    }

    /** What sign-file appends: the PKCS#7 blob, struct module_signature with id type 2, the magic. */
    private static byte[] withSignature(byte[] elf, byte[] pkcs7) {
        ByteBuffer info = ByteBuffer.allocate(12);
        info.put(2, (byte) 2).putInt(8, pkcs7.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(elf);
        out.writeBytes(pkcs7);
        out.writeBytes(info.array());
        out.writeBytes("~Module signature appended~\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] pkcs7(String commonName, byte[] serial, byte[] digest) {
        byte[] sha256 = tlv(0x30, tlv(0x06, hex("608648016503040201")), tlv(0x05));
        byte[] issuer = tlv(0x30,
                tlv(0x31, tlv(0x30, tlv(0x06, hex("55040a")), tlv(0x0c, "Debian".getBytes()))),
                tlv(0x31, tlv(0x30, tlv(0x06, hex("550403")), tlv(0x0c, commonName.getBytes()))));
        byte[] signerInfo = tlv(0x30, tlv(0x02, new byte[] {1}), tlv(0x30, issuer, tlv(0x02, serial)), sha256,
                tlv(0x30, tlv(0x06, hex("2a864886f70d010101")), tlv(0x05)), tlv(0x04, digest));
        byte[] signedData = tlv(0x30, tlv(0x02, new byte[] {1}), tlv(0x31, sha256),
                tlv(0x30, tlv(0x06, hex("2a864886f70d010701"))), tlv(0x31, signerInfo));
        return tlv(0x30, tlv(0x06, hex("2a864886f70d010702")), tlv(0xa0, signedData));
    }

    private static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            content.writeBytes(p);
        }
        int n = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n & 0xff);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}
