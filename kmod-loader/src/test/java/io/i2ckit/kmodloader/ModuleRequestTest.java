// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Command-line words into module requests, parameters quoted for the kernel as modprobe quotes them. */
class ModuleRequestTest {
    @Test
    void everyWordAfterTheNameIsAParameterAsModprobeTakesThem() {
        assertEquals(new ModuleRequest("i2c-stub", "chip_addr=0x50,0x51 verbose functionality=0x1"),
                ModuleRequest.parse(List.of("i2c-stub", "chip_addr=0x50,0x51", "verbose", "functionality=0x1")));
        assertEquals(List.of(ModuleRequest.of("i2c-dev"), ModuleRequest.of("i2c-stub")),
                ModuleRequest.all(List.of("i2c-dev", "i2c-stub")));
    }

    @Test
    void aValueWithASpaceIsQuotedOnceAndAQuotedOneIsLeftAlone() {
        // kmod's options_from_array: only a space triggers quoting, and a value opening with " or ' is kept
        assertEquals("repeat=5 goodbye=\"I am done\"", ModuleRequest.joinParameters(List.of("repeat=5", "goodbye=I am done")));
        assertEquals("goodbye=\"I am done\"", ModuleRequest.joinParameters(List.of("goodbye=\"I am done\"")));
        assertEquals("bar='x y'", ModuleRequest.joinParameters(List.of("bar='x y'")));
        assertEquals("tab=a\tb flag", ModuleRequest.joinParameters(List.of("tab=a\tb", "flag")));
    }

    @Test
    void anEmptyNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ModuleRequest.of(" "));
    }
}
