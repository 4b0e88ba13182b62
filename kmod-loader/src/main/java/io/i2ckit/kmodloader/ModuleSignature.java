// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signature the kernel's sign-file appends to a module: the signature bytes, a 12-byte
 * {@code struct module_signature} (algorithm, hash, id type, signer and key-id lengths, padding,
 * big-endian signature length) and the magic "~Module signature appended~\n". For PKCS#7 (id type
 * 2, what kernels sign with since 4.3) the signer, key id and hash come out of the SignedData's
 * first SignerInfo, as modinfo shows them.
 */
public record ModuleSignature(String id, String signer, byte[] keyId, String hashAlgorithm, byte[] signature) {
    private static final byte[] MAGIC = "~Module signature appended~\n".getBytes(StandardCharsets.US_ASCII);
    private static final int INFO_SIZE = 12;
    private static final String[] ID_TYPES = {"PGP", "X509", "PKCS#7"};
    private static final byte[] COMMON_NAME = {0x55, 0x04, 0x03};
    private static final Map<String, String> HASHES = Map.of(
            "2a864886f70d0204", "md4", "2a864886f70d0205", "md5", "2b0e03021a", "sha1",
            "2b24030201", "rmd160",
            "608648016503040201", "sha256", "608648016503040202", "sha384",
            "608648016503040203", "sha512", "608648016503040204", "sha224",
            "2a811ccf55018311", "sm3");

    /** The signature appended to a module image, if it has one. */
    public static Optional<ModuleSignature> of(byte[] image) {
        int magicAt = image.length - MAGIC.length;
        if (magicAt < INFO_SIZE || !Arrays.equals(image, magicAt, image.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        ByteBuffer info = ByteBuffer.wrap(image, magicAt - INFO_SIZE, INFO_SIZE);
        int idType = image[magicAt - INFO_SIZE + 2] & 0xff;
        long sigLen = info.getInt(magicAt - INFO_SIZE + 8) & 0xffffffffL;
        int sigStart = (int) (magicAt - INFO_SIZE - sigLen);
        if (sigLen == 0 || sigStart < 0) {
            return Optional.empty();
        }
        byte[] sig = Arrays.copyOfRange(image, sigStart, magicAt - INFO_SIZE);
        String id = idType < ID_TYPES.length ? ID_TYPES[idType] : "unknown";
        if (idType != 2) {
            return Optional.of(new ModuleSignature(id, "", new byte[0], "", sig));
        }
        try {
            return Optional.of(pkcs7(sig));
        } catch (IllegalArgumentException e) {
            return Optional.of(new ModuleSignature(id, "", new byte[0], "", sig));
        }
    }

    /** ContentInfo { OID signedData, [0] SignedData { version, digestAlgorithms, content, [0] certs?, [1] crls?, signerInfos } }. */
    private static ModuleSignature pkcs7(byte[] der) {
        Der signedData = Der.read(der).child(1).child(0);
        List<Der> parts = signedData.children();
        Der signerInfos = parts.get(parts.size() - 1);
        Der signerInfo = signerInfos.child(0);
        // SignerInfo { version, issuerAndSerialNumber { issuer, serial }, digestAlgorithm, [0] attrs?, sigAlg, encryptedDigest }
        List<Der> si = signerInfo.children();
        Der issuerAndSerial = si.get(1);
        String signer = commonName(issuerAndSerial.child(0));
        byte[] serial = stripLeadingZeros(issuerAndSerial.child(1).bytes());
        String hash = hashName(si.get(2).child(0));
        Der digest = si.get(si.size() - 1);
        return new ModuleSignature("PKCS#7", signer, serial, hash, digest.bytes());
    }

    private static String commonName(Der name) {
        for (Der rdn : name.children()) {
            for (Der attribute : rdn.children()) {
                if (attribute.child(0).is(COMMON_NAME)) {
                    return new String(attribute.child(1).bytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    private static String hashName(Der oid) {
        return HASHES.getOrDefault(HexFormat.of().formatHex(oid.bytes()), "unknown");
    }

    /** The serial as a big number's magnitude, as OpenSSL gives it to modinfo. */
    private static byte[] stripLeadingZeros(byte[] b) {
        int i = 0;
        while (i < b.length - 1 && b[i] == 0) {
            i++;
        }
        return Arrays.copyOfRange(b, i, b.length);
    }

    /** Bytes as modinfo prints keys and signatures: {@code AB:CD:...}, 20 to a line, continued with two tabs. */
    public static String hex(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            sb.append(String.format("%02X", bytes[i] & 0xff));
            if (i < bytes.length - 1) {
                sb.append(':');
                if ((i + 1) % 20 == 0) {
                    lines.add(sb.toString());
                    sb.setLength(0);
                }
            }
        }
        lines.add(sb.toString());
        return String.join("\n\t\t", lines);
    }
}
