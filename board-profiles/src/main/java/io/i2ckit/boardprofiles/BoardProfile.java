// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.boardprofiles;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a kind of board has: its I2C buses by hardware name, the header pins they come out on,
 * the addresses that must not be written, the kernel modules the buses need, and how to wire
 * the fan. Read from a profile file; code interprets, the files enumerate.
 *
 * @param id the file's name without {@code .conf}
 * @param compatibles device-tree compatible strings that select this profile ({@code *}: any board)
 * @param fanBus the bus the fan is wired to by default, or null
 * @param enableHint what to do when the header bus is missing, or null
 * @param header the header's name and its pins, numbered from 1
 * @param wiring fan signal (GND, VCC, DATA, CLK) to header pin
 */
public record BoardProfile(String id, String name, List<String> compatibles, String logic, List<String> modules,
                           String fanBus, String enableHint, List<BusSpec> buses, List<Protection> protections,
                           String headerName, Map<Integer, String> header, String headerNote,
                           Map<String, String> wiring) {

    /**
     * One bus of the board.
     *
     * @param hwName the hardware name, such as i2c2 (the SoC's controller, not /dev's number)
     * @param devices platform device names of its controller, such as 4819c000.i2c
     * @param adapterNames adapter names the kernel gives it, such as "bcm2835 (i2c@7e804000)"
     * @param sda the header pin of SDA, such as P9_20 or pin3, or null when internal
     * @param scl the header pin of SCL, or null
     */
    public record BusSpec(String hwName, List<String> devices, List<String> adapterNames, String sda, String scl,
                          String note) {
    }

    /**
     * Addresses not to write on a bus.
     *
     * @param hwName the bus's hardware name
     * @param from first address
     * @param to last address
     * @param what what lives there and what a write would break
     */
    public record Protection(String hwName, int from, int to, String what) {
        public boolean covers(int address) {
            return address >= from && address <= to;
        }
    }

    public Optional<BusSpec> bus(String hwName) {
        return buses.stream().filter(b -> b.hwName().equalsIgnoreCase(hwName)).findFirst();
    }

    public boolean isGeneric() {
        return compatibles.contains("*");
    }
}
