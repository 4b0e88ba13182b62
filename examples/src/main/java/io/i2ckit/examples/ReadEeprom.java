// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.BusLock;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cMessage;

import java.util.HexFormat;

/**
 * Reads a 24C04 (the fan's T24C04A) whole: two random reads, one per 256-byte block address,
 * each a single combined transfer: write the offset, repeated start, read.
 * Run it as {@code examples/run ReadEeprom [--bus BUS]}.
 */
public final class ReadEeprom {
    private ReadEeprom() {
    }

    /** The 512 bytes of the 24C04 whose first block answers at {@code address}. */
    public static byte[] read24c04(I2cBus bus, int address) {
        byte[] image = new byte[512];
        try (BusLock hold = bus.lock()) { // no other program in between the two halves
            for (int block = 0; block < 2; block++) {
                I2cMessage setOffset = I2cMessage.write(address + block, (byte) 0x00);
                I2cMessage read = I2cMessage.read(address + block, 256);
                bus.transfer(setOffset, read);
                System.arraycopy(read.data(), 0, image, block * 256, 256);
            }
        }
        return image;
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            try (I2cBus bus = ExampleArgs.parse(args).open()) {
                byte[] image = read24c04(bus, 0x50);
                for (int offset = 0; offset < image.length; offset += 16) {
                    System.out.printf("%03x: %s%n", offset, HexFormat.ofDelimiter(" ").formatHex(image, offset, offset + 16));
                }
            }
        });
    }
}
