// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.examples;

import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cDevice;

/**
 * Drives a PCF8574 port with i2ckit's API: LEDs on P0-P6 (lit by a low pin, as they are usually
 * wired, to VCC through a resistor) and a button on P7. The PCF8574 has no registers: a byte
 * written is the port, a byte read is its pins. A pin reads the button only while its latch is
 * 1 (a weak pull-up), so every byte written keeps P7 high. On the simulated bus a PCF8574 is put
 * at 0x20 with its button pressed.
 *
 * <pre>examples/run Pcf8574Port [--bus BUS] [ADDRESS]</pre>
 */
public final class Pcf8574Port {
    private static final int BUTTON = 0x80;

    private Pcf8574Port() {
    }

    /** Lights the LEDs one after another (each write a step); true if the button is pressed. */
    public static boolean chase(I2cDevice port) {
        for (int led = 0; led < 7; led++) {
            port.sendByte(~(1 << led) & 0xff | BUTTON); // only this LED's pin low
        }
        port.sendByte(0xff); // all off, button pin released
        return (port.receiveByte() & BUTTON) == 0;
    }

    public static void main(String[] args) {
        ExampleArgs.main(() -> {
            ExampleArgs a = ExampleArgs.parse(args);
            int address = a.rest.isEmpty() ? 0x20 : Integer.decode(a.rest.get(0));
            a.simulatedChip(address, "pcf8574", "pulled-low", "0x80");
            try (I2cBus bus = a.open()) {
                boolean pressed = chase(bus.device(address));
                System.out.printf("Ran the LEDs on P0-P6 of the PCF8574 at 0x%02x on %s; the button on P7 is %s%n",
                        address, bus.name(), pressed ? "pressed" : "not pressed");
            }
        });
    }
}
