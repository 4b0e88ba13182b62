// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What an adapter can do: the {@code I2C_FUNCS} mask read once when the bus is opened. */
public record Functionality(long mask) {

    /** Everything the kernel emulates for a plain-I2C adapter ({@code I2C_FUNC_SMBUS_EMUL}). */
    public static final long SMBUS_EMUL = Capability.SMBUS_QUICK.bit()
            | Capability.SMBUS_RECEIVE_BYTE.bit() | Capability.SMBUS_SEND_BYTE.bit()
            | Capability.SMBUS_READ_BYTE.bit() | Capability.SMBUS_WRITE_BYTE.bit()
            | Capability.SMBUS_READ_WORD.bit() | Capability.SMBUS_WRITE_WORD.bit()
            | Capability.SMBUS_PROCESS_CALL.bit() | Capability.SMBUS_BLOCK_WRITE.bit()
            | Capability.I2C_BLOCK_READ.bit() | Capability.I2C_BLOCK_WRITE.bit()
            | Capability.SMBUS_PEC.bit();

    public static Functionality of(Capability... capabilities) {
        long m = 0;
        for (Capability c : capabilities) {
            m |= c.bit();
        }
        return new Functionality(m);
    }

    public boolean has(Capability capability) {
        return (mask & capability.bit()) != 0;
    }

    public Set<Capability> capabilities() {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        for (Capability c : Capability.values()) {
            if (has(c)) {
                set.add(c);
            }
        }
        return set;
    }

    public Functionality with(Capability capability) {
        return new Functionality(mask | capability.bit());
    }

    public Functionality without(Capability capability) {
        return new Functionality(mask & ~capability.bit());
    }

    @Override
    public String toString() {
        return String.format("0x%08x [%s]", mask,
                capabilities().stream().map(Capability::displayName).collect(Collectors.joining(", ")));
    }
}
