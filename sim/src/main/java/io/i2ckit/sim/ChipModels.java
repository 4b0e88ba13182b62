// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The chip models on the class path, found through {@link ServiceLoader}. */
public final class ChipModels {
    private static volatile List<ChipModel> all;

    private ChipModels() {
    }

    /** Every model, sorted by type. */
    public static List<ChipModel> all() {
        List<ChipModel> list = all;
        if (list == null) {
            List<ChipModel> found = new ArrayList<>();
            ServiceLoader.load(ChipModel.class, ChipModels.class.getClassLoader()).forEach(found::add);
            found.sort(Comparator.comparing(ChipModel::type));
            all = list = List.copyOf(found);
        }
        return list;
    }

    public static Optional<ChipModel> find(String type) {
        return all().stream().filter(m -> m.type().equals(type)).findFirst();
    }

    /** The model called {@code type}, or an error that lists the ones there are. */
    public static ChipModel get(String type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException("unknown chip type '" + type
                + "': use registers, eeprom" + (all().isEmpty() ? "" : ", or a model: "
                + String.join(", ", all().stream().map(ChipModel::type).toList()))));
    }
}
