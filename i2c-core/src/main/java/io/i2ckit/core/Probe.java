// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * Whether a chip answers at an address, asked the way i2cdetect asks: a quick write, or a
 * receive byte where EEPROMs live, since a quick write can corrupt some of them (the AT24RF08)
 * and a read byte can lock the bus on some write-only chips.
 */
public final class Probe {
    public enum Method { QUICK_WRITE, RECEIVE_BYTE }

    private Probe() {
    }

    /** i2cdetect's default: receive byte at 0x30-0x37 and 0x50-0x5f, quick write elsewhere. */
    public static Method usual(int address) {
        return (address >= 0x30 && address <= 0x37) || (address >= 0x50 && address <= 0x5f)
                ? Method.RECEIVE_BYTE : Method.QUICK_WRITE;
    }

    /** The usual method, or the other one when the adapter cannot do it. */
    public static Method usable(int address, Functionality f) {
        Method m = usual(address);
        if (m == Method.QUICK_WRITE && !f.has(Capability.SMBUS_QUICK) && f.has(Capability.SMBUS_RECEIVE_BYTE)) {
            return Method.RECEIVE_BYTE;
        }
        if (m == Method.RECEIVE_BYTE && !f.has(Capability.SMBUS_RECEIVE_BYTE) && f.has(Capability.SMBUS_QUICK)) {
            return Method.QUICK_WRITE;
        }
        return m;
    }

    /**
     * Whether the chip at {@code device} acknowledges. A chip that does not answer is false; an
     * adapter that cannot do the method throws {@link UnsupportedCapabilityException}.
     */
    public static boolean answers(I2cDevice device, Method method) {
        try {
            if (method == Method.RECEIVE_BYTE) {
                device.receiveByte();
            } else {
                device.quick(false);
            }
            return true;
        } catch (UnsupportedCapabilityException e) {
            throw e;
        } catch (I2cException e) {
            return false;
        }
    }
}
