// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.povfan;

import io.i2ckit.core.I2cBus;
import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.eeprom.At24Eeprom;
import io.i2ckit.eeprom.WriteReport;

import java.util.Arrays;
import java.util.List;

/**
 * A fan on a bus, through its EEPROM driver: what it says now, and programming a new message
 * (only the pages that differ are written; everything written is read back, and the whole
 * message is read again and decoded). Saving a backup first is the caller's part
 * ({@link io.i2ckit.eeprom.BackupStore}), as the CLI does.
 */
public final class PovFan {
    private final At24Eeprom eeprom;
    private final FanFont font;

    public PovFan(At24Eeprom eeprom, FanFont font) {
        this.eeprom = eeprom;
        this.font = font;
    }

    /**
     * The fan of the standard profile (its T24C04A at 0x50) on {@code bus}, with the built-in font:
     * {@code PovFan.on(bus).program(List.of("HELLO"))}.
     */
    public static PovFan on(I2cBus bus) {
        FanProfile profile = FanProfile.standard();
        return new PovFan(new At24Eeprom(bus.device(profile.address()), EepromCatalog.standard().get(profile.chip())),
                FanFont.standard());
    }

    /**
     * Encodes {@code strings} for the standard profile, writes the pages that differ from what
     * the fan holds, and verifies. Warnings of the profile's limits are in the message returned.
     */
    public FanMessage program(List<String> strings) {
        FanMessage message = new FanEncoder(font, FanProfile.standard()).encode(strings);
        program(message, eeprom.readAll());
        return message;
    }

    public At24Eeprom eeprom() {
        return eeprom;
    }

    /** What the fan says now. */
    public FanDecoder.Decoded read() {
        return new FanDecoder(font).decode(eeprom.readAll());
    }

    /**
     * Writes {@code message} over {@code current} (what the part holds, as read before), then
     * reads the message back and decodes it.
     *
     * @throws FanFormatException when the read-back message is not the one written
     */
    public WriteReport program(FanMessage message, byte[] current) {
        byte[] before = Arrays.copyOf(current, message.bytes().length);
        WriteReport report = eeprom.write(0, message.bytes(), before);
        verify(message);
        return report;
    }

    /** Reads the message's bytes back: they must be the bytes written, and decode as a message. */
    public void verify(FanMessage message) {
        byte[] back = eeprom.read(0, message.bytes().length);
        if (!Arrays.equals(back, message.bytes())) {
            throw new FanFormatException("the fan reads back other bytes than were written: "
                    + new FanDecoder(font).decode(back).strings() + ", not " + message.strings());
        }
        new FanDecoder(font).decode(back); // and it is a whole message
    }
}
