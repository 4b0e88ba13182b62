// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core.kernel;

import io.i2ckit.core.BusyException;
import io.i2ckit.core.Capability;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cBuses;
import io.i2ckit.core.I2cDevice;
import io.i2ckit.core.I2cMessage;
import io.i2ckit.core.NoAcknowledgeException;
import io.i2ckit.core.UnsupportedCapabilityException;
import io.i2ckit.core.linux.Abi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * i2c-core on a real kernel: Debian's i2c-dev and i2c-stub, with i2c-tools as the reference.
 * The bench runs this class on the 64-bit JVM and again on Debian's i386 JVM, where every ioctl
 * goes through the kernel's 32-bit compat layer.
 */
@Tag("kernel")
class LinuxI2cBusKernelTest {
    private I2cBus bus;
    private int number;

    @BeforeAll
    static void inTheGuest() {
        KernelBench.requireGuest();
    }

    @BeforeEach
    void freshStub() {
        KernelBench.reloadStub("0x48,0x50,0x51", null);
        number = KernelBench.stubBus();
        bus = I2cBuses.open(Integer.toString(number));
    }

    @AfterEach
    void close() {
        bus.close();
        KernelBench.unbindAll();
    }

    @Test
    void jvmAbiIsTheOneThisRunClaims() {
        Abi abi = Abi.current();
        assertEquals(KernelBench.is32BitJvm() ? 4 : 8, abi.pointerSize(), System.getProperty("os.arch"));
        assertEquals(KernelBench.is32BitJvm() ? 4 : 8, abi.longSize());
    }

    @Test
    void functionalityReadsAsI2cdetectShowsIt() {
        KernelBench.Run r = KernelBench.ok(KernelBench.run("i2cdetect", "-F", Integer.toString(number)));
        List<String> lines = r.out().lines().toList();
        assertEquals("Functionalities implemented by /dev/i2c-" + number + ":", lines.get(0));
        assertEquals("/dev/i2c-" + number, bus.devicePath());
        for (String line : lines.subList(1, lines.size())) {
            String name = line.substring(0, 32).trim();
            boolean yes = line.substring(33).equals("yes");
            assertEquals(yes, bus.functionality().has(Capability.byName(name)), line);
        }
        assertEquals(KernelBench.STUB_NAME, bus.adapterName());
    }

    @Test
    void byteDataWrittenByUsIsReadByI2cget() {
        bus.device(0x50).writeByteData(0x10, 0xa5);
        assertEquals("0xa5\n", KernelBench.ok(KernelBench.run("i2cget", "-y", Integer.toString(number), "0x50", "0x10")).out());
        KernelBench.ok(KernelBench.run("i2cset", "-y", Integer.toString(number), "0x50", "0x11", "0x5a"));
        assertEquals(0x5a, bus.device(0x50).readByteData(0x11));
    }

    @Test
    void wordsRoundTripLowByteFirst() {
        I2cDevice dev = bus.device(0x48);
        dev.writeWordData(0x20, 0xbeef);
        assertEquals(0xbeef, dev.readWordData(0x20));
        assertEquals("0xbeef\n", KernelBench.run("i2cget", "-y", Integer.toString(number), "0x48", "0x20", "w").out());
        assertEquals(0xef, dev.readByteData(0x20));
    }

    @Test
    void i2cBlocksRoundTripAtEveryLength() {
        I2cDevice dev = bus.device(0x51);
        byte[] all = new byte[32];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (0x80 + i);
        }
        dev.writeI2cBlockData(0x00, all);
        assertArrayEquals(all, dev.readI2cBlockData(0x00, 32));
        assertArrayEquals(java.util.Arrays.copyOfRange(all, 4, 9), dev.readI2cBlockData(0x04, 5));
        assertEquals("0x84 0x85 0x86\n", KernelBench.run("i2cget", "-y", Integer.toString(number), "0x51", "4", "i", "3").out());
    }

    @Test
    void sendByteSetsTheStubsPointerForReceiveByte() {
        I2cDevice dev = bus.device(0x50);
        dev.writeByteData(0x30, 0x77);
        dev.sendByte(0x30);
        assertEquals(0x77, dev.receiveByte());
        dev.quick(false);
    }

    @Test
    void absentAddressIsNoAcknowledge() {
        NoAcknowledgeException e = assertThrows(NoAcknowledgeException.class, () -> bus.device(0x20).readByteData(0));
        assertEquals(0x20, e.address());
        assertTrue(e.errno() == Errno.ENXIO || e.errno() == Errno.ENODEV, "errno " + e.errno());
        assertThrows(NoAcknowledgeException.class, () -> bus.device(0x20).quick(false));
    }

    @Test
    void addressOwnedByAKernelDriverIsBusyUnlessForced() {
        KernelBench.bindDriver("at24", "24c02", 0x51);
        BusyException e = assertThrows(BusyException.class, () -> bus.device(0x51));
        assertEquals(0x51, e.address());
        assertEquals(Errno.EBUSY, e.errno());
        assertTrue(KernelBench.run("i2cdetect", "-y", Integer.toString(number)).out().contains("50: 50 UU"));
        I2cDevice forced = bus.device(0x51, DeviceOptions.DEFAULT.withForce(true));
        forced.readByteData(0);
        bus.device(0x50).readByteData(0);
    }

    @Test
    void stubHasNoPlainI2cSoTransfersAreRefusedByName() {
        UnsupportedCapabilityException e = assertThrows(UnsupportedCapabilityException.class,
                () -> bus.transfer(I2cMessage.read(0x50, 1)));
        assertEquals(Capability.I2C, e.missing());
    }

    @Test
    void unprivilegedUserGetsThePermissionErrorWithItsFixes(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes");
        for (Class<?> c : List.of(PermissionProbe.class, I2cBus.class, com.sun.jna.Native.class)) {
            copyInto(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()), classes);
        }
        KernelBench.ok(KernelBench.run("chmod", "-R", "a+rX", dir.toString()));
        KernelBench.ok(KernelBench.run("chmod", "0600", "/dev/i2c-" + number));
        String java = ProcessHandle.current().info().command().orElseThrow();
        KernelBench.Run r = KernelBench.run("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                java, "-cp", classes.resolve("*") + ":" + classes.resolve("dirs"), PermissionProbe.class.getName(),
                Integer.toString(number));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("PermissionException: open /dev/i2c-" + number + ": Permission denied: run as root"),
                r.toString());
        assertTrue(r.out().contains("'i2c' group") && r.out().contains("udev rule"), r.out());
    }

    /** Copies a classpath entry (a jar, or a directory of classes) into {@code into}. */
    private static void copyInto(Path entry, Path into) throws IOException, URISyntaxException {
        if (Files.isRegularFile(entry)) {
            Files.createDirectories(into);
            Files.copy(entry, into.resolve(entry.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Path target = into.resolve("dirs");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(entry)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            Path dest = target.resolve(entry.relativize(f).toString());
            Files.createDirectories(dest.getParent());
            Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
