// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim.chips;

import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.ChipModel;
import io.i2ckit.sim.ChipSettings;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimChip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Builds powered-on model chips on a simulated bus, as the simulator does, for the tests. */
final class Models {
    private Models() {
    }

    static SimChip chip(ChipModel model, int address, ChipMemory memory, Clock clock, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            given.put(settings[i], settings[i + 1]);
        }
        return model.create(address, memory, ChipSettings.of(model, given), clock);
    }

    static ChipMemory powered(ChipModel model) {
        ChipMemory memory = ChipMemory.inMemory(model.memorySize(), 0);
        model.powerOn(memory);
        return memory;
    }

    static SimBus bus(SimChip... chips) {
        SimBus.Builder b = SimBus.builder();
        for (SimChip c : chips) {
            b.chip(c);
        }
        return b.build();
    }

    /** A wall clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
