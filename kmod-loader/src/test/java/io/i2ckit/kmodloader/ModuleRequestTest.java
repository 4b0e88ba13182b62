// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Command-line words into module requests, parameters quoted for the kernel as modprobe quotes them. */
class ModuleRequestTest {
    @Test
    void parametersBelongToTheNameBeforeThem() {
        assertEquals(List.of(new ModuleRequest("i2c-dev", ""), new ModuleRequest("i2c-stub", "chip_addr=0x50,0x51 functionality=0x1")),
                ModuleRequest.parse(List.of("i2c-dev", "i2c-stub", "chip_addr=0x50,0x51", "functionality=0x1")));
    }

    @Test
    void aValueWithSpacesIsQuotedOnceAndAQuotedOneIsLeftAlone() {
        assertEquals("repeat=5 goodbye=\"I am done\"", ModuleRequest.joinParameters(List.of("repeat=5", "goodbye=I am done")));
        assertEquals("goodbye=\"I am done\"", ModuleRequest.joinParameters(List.of("goodbye=\"I am done\"")));
    }

    @Test
    void aParameterBeforeAnyNameIsRefusedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModuleRequest.parse(List.of("chip_addr=0x50", "i2c-stub")));
        assertEquals("parameter 'chip_addr=0x50' comes before any module name: write the module first, as in "
                + "'i2c-stub chip_addr=0x50'", e.getMessage());
    }

    @Test
    void anEmptyNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ModuleRequest.of(" "));
    }
}
