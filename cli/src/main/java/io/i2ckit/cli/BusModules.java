// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.kmodloader.LoadPolicy;
import io.i2ckit.kmodloader.ModuleException;
import io.i2ckit.kmodloader.ModuleLoader;
import io.i2ckit.kmodloader.ModuleNotFoundException;
import io.i2ckit.kmodloader.ModuleRequest;
import io.i2ckit.kmodloader.NeedsRootException;
import io.i2ckit.kmodloader.Outcome;

import java.util.ArrayList;
import java.util.List;

/** Loads the modules a board's buses need when a bus is found missing, as the cli does before giving up. */
final class BusModules {
    private static final String I2C_DEV = "i2c-dev";

    private BusModules() {
    }

    /**
     * Makes sure i2c-dev and the board's other modules are in the kernel. A bus driver this
     * kernel does not have as a module is passed over (it may be built in under another name).
     *
     * @param missing the failure to open that brought us here, kept when loading goes wrong otherwise
     * @return whether anything was loaded, so that opening again may succeed
     * @throws NeedsRootException when something is missing and this process may not load it
     */
    static boolean ensure(ModuleLoader loader, List<String> boardModules, RuntimeException missing) {
        if (!loader.kernel().takesModules()) {
            return false;
        }
        boolean changed = false;
        List<String> names = new ArrayList<>(boardModules);
        if (!names.contains(I2C_DEV)) {
            names.add(I2C_DEV);
        }
        for (String name : names) {
            try {
                List<Outcome> done = loader.ensureLoaded(List.of(ModuleRequest.of(name)), LoadPolicy.defaults());
                changed |= done.stream().anyMatch(Outcome::changes);
            } catch (NeedsRootException e) {
                throw e;
            } catch (ModuleNotFoundException e) {
                if (name.equals(I2C_DEV)) {
                    missing.addSuppressed(e);
                    throw new ModuleException(I2C_DEV, e.errno(), "the bus is not there and " + e.detail());
                }
            } catch (ModuleException e) {
                missing.addSuppressed(e);
                throw new ModuleException(name, e.errno(), "the bus is not there, and loading " + name
                        + " failed: " + e.detail());
            }
        }
        return changed;
    }
}
