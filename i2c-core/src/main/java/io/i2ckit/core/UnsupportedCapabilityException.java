// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/** The adapter cannot do the requested transaction; the message names the missing capability. */
public class UnsupportedCapabilityException extends I2cException {
    private final Capability missing;

    /**
     * @param adapterName the adapter's name as the kernel reports it, or null
     * @param missing the capability the operation needs, or null when only the kernel knows
     */
    public UnsupportedCapabilityException(String operation, String bus, int address, String adapterName,
                                          Capability missing) {
        super(operation, bus, address, Errno.EOPNOTSUPP, describe(bus, adapterName, missing));
        this.missing = missing;
    }

    private static String describe(String bus, String adapterName, Capability missing) {
        String adapter = "adapter " + (bus == null ? "" : bus)
                + (adapterName == null || adapterName.isEmpty() ? "" : " (" + adapterName + ")");
        return missing == null
                ? adapter + " does not support this operation (" + Errno.text(Errno.EOPNOTSUPP) + ")"
                : adapter + " cannot do " + missing.displayName();
    }

    /** The capability that is missing, or null when the kernel refused without saying which. */
    public Capability missing() {
        return missing;
    }
}
