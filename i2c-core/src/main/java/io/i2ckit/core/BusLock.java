// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.core;

/**
 * A hold on a bus: while it is open, no other thread of this process and no other i2ckit process
 * can run a transaction on the bus. Reentrant; close it exactly once per {@link I2cBus#lock()}.
 */
public interface BusLock extends AutoCloseable {
    @Override
    void close();
}
