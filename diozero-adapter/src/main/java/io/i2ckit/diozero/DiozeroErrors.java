// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.diozero;

import com.diozero.api.I2CException;
import io.i2ckit.core.I2cException;

import java.util.function.Supplier;

/** i2ckit's failures as diozero's own exception, with i2ckit's message (bus, address, what is missing) and errno. */
final class DiozeroErrors {
    private DiozeroErrors() {
    }

    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (I2cException e) {
            throw new I2CException(e.getMessage(), e.errno());
        }
    }

    static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
