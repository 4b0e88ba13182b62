// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Numbers;
import io.i2ckit.cli.Session;
import io.i2ckit.core.BusyException;
import io.i2ckit.core.DeviceOptions;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.Probe;
import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.eeprom.At24Eeprom;
import io.i2ckit.eeprom.EepromOptions;
import picocli.CommandLine.Option;

/** Which part the eeprom commands work on: {@code --bus}, {@code --addr}, {@code --chip}, and how. */
public final class Target {
    @Option(names = "--bus", paramLabel = "BUS",
            description = "The bus: a number, /dev/i2c-N, an adapter name, or sim (the simulator).")
    String bus;

    @Option(names = "--addr", paramLabel = "ADDRESS", defaultValue = "0x50",
            description = "The part's first address (default ${DEFAULT-VALUE}).")
    String address;

    @Option(names = "--chip", paramLabel = "NAME", defaultValue = "t24c04a",
            description = "The part, a row of the catalog (default ${DEFAULT-VALUE}; 'i2ckit eeprom info --list' lists them).")
    String chip;

    @Option(names = "--page-size", paramLabel = "BYTES", description = "Override the catalog's page size.")
    Integer pageSize;

    @Option(names = "--force", description = "Use the part even if a kernel driver owns its address (talk past the driver).")
    boolean force;

    @Option(names = "--allow-protected",
            description = "Write even an address the board protects (its own ID EEPROM, a HAT's, memory SPD); --force does not.")
    boolean allowProtected;

    /** The part at {@code address} of kind {@code chip} on {@code bus}, as options would name it. */
    public static Target of(String bus, int address, String chip, boolean force, boolean allowProtected) {
        Target t = new Target();
        t.bus = bus;
        t.address = String.format("0x%02x", address);
        t.chip = chip;
        t.force = force;
        t.allowProtected = allowProtected;
        return t;
    }

    EepromType type() {
        EepromType type = EepromCatalog.standard().get(chip);
        if (pageSize != null) {
            if (pageSize < 1 || Integer.bitCount(pageSize) != 1 || pageSize > type.size()) {
                throw CliException.usage("--page-size " + pageSize + ": a power of two from 1 to " + type.size());
            }
            type = type.withPageSize(pageSize);
        }
        return type;
    }

    /** The bus as named on the command line (after --bus or the board's default). */
    public String bus() {
        return bus;
    }

    /** The options that name this part again, for hints: {@code --bus sim --addr 0x50 --chip t24c04a}. */
    public String options() {
        return "--bus " + (bus.contains(" ") ? "'" + bus + "'" : bus) + " --addr " + address + " --chip " + chip
                + (force ? " --force" : "") + (allowProtected ? " --allow-protected" : "");
    }

    int address() {
        return Numbers.address(address);
    }

    /** Opens the part on its bus; the caller closes the bus. */
    At24Eeprom open(I2cBus opened, EepromOptions options) {
        EepromType type = type();
        int a = address();
        try {
            return new At24Eeprom(opened.device(a, DeviceOptions.DEFAULT.withForce(force)), type, options);
        } catch (BusyException e) {
            throw CliException.device(String.format("0x%02x on %s belongs to a kernel driver (%s shows it as UU): unbind it,"
                    + " for at24 with 'echo %s > /sys/bus/i2c/drivers/at24/unbind', or add --force if you are sure",
                    e.address(), opened.name(), "i2cdetect", clientName(opened, e.address())));
        }
    }

    private static String clientName(I2cBus bus, int address) {
        String n = bus.name().startsWith("i2c-") ? bus.name().substring(4) : bus.name();
        return String.format("%s-%04x", n, address);
    }

    /** The bus named by --bus, else the board's fan bus (I2C2 on a BeagleBone, i2c-1 on a Pi). */
    I2cBus openBus(Session session) {
        if (bus == null) {
            bus = session.board().fanBus().orElseThrow(() -> CliException.usage("say which bus the part is on: --bus 1"
                    + " (a number, /dev/i2c-1, an adapter name or a header pin such as P9_19), or --bus sim for the"
                    + " simulated fan; 'i2ckit board' shows this board's buses"));
        }
        return session.openBus(bus);
    }

    /**
     * Fails unless every block address of the part acknowledges, asked as i2cdetect asks: a
     * write must not start on a part whose second half is missing (a wrong --addr or --chip).
     * Writes read the whole part first, so this runs only when that read failed, to say why.
     */
    void checkAnswers(I2cBus opened, At24Eeprom eeprom) {
        int first = eeprom.address();
        int block = eeprom.type().blockSize();
        for (int k = 0; k < eeprom.type().addressCount(); k++) {
            int a = first + k;
            Probe.Method method = Probe.usable(a, opened.functionality());
            if (!Probe.answers(opened.device(a, DeviceOptions.DEFAULT.withForce(force)), method)) {
                String which = eeprom.type().addressCount() == 1 ? "" : String.format(", where the %s at 0x%02x keeps"
                        + " bytes %d-%d", eeprom.type().name(), first, k * block, (k + 1) * block - 1);
                throw CliException.device(String.format("nothing answers at 0x%02x on %s%s: check --addr and --chip"
                        + " against the part ('i2ckit detect %s' shows what answers); nothing was written", a,
                        opened.name(), which, opened.name()));
            }
        }
    }

    /**
     * Refuses to write a part that sits at an address the board protects (its ID EEPROM, a PC's
     * memory SPD) unless --allow-protected; --force, which only talks past a kernel driver, does
     * not lift it.
     */
    void checkMayWrite(Session session, I2cBus opened, At24Eeprom eeprom) {
        if (allowProtected) {
            return;
        }
        for (int k = 0; k < eeprom.type().addressCount(); k++) {
            int a = eeprom.address() + k;
            session.protection(opened, a).ifPresent(what -> {
                throw CliException.device(String.format("0x%02x on %s is %s; add --allow-protected to write it anyway"
                        + " (--force only talks past a kernel driver)", a, opened.name(), what));
            });
        }
    }
}
