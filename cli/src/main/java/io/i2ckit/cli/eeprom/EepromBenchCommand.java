// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Session;
import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.eeprom.At24Eeprom;
import io.i2ckit.eeprom.WriteReport;
import io.i2ckit.sim.BusStats;
import io.i2ckit.sim.ChipMemory;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.FunctionalityPresets;
import io.i2ckit.sim.SimBus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Random;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the driver on a private simulated T24C04A (your 'sim' bus is not touched) and print "
                + "bus time against the least the bus and the part allow.",
                "Figures come from the simulator's bit-counting clock: exact and the same on every run."})
final class EepromBenchCommand implements Runnable {
    private Session session;

    @Option(names = "--speed", paramLabel = "HZ", defaultValue = "100000", description = "Bus clock (default ${DEFAULT-VALUE}).")
    int speed;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random image (default ${DEFAULT-VALUE}).")
    long seed;

    EepromBenchCommand(Session session) {
        this.session = session;
    }

    private record Part(SimBus bus, ChipMemory memory, At24Eeprom eeprom) {
    }

    private Part part(String functionality) {
        EepromType type = EepromCatalog.standard().get("t24c04a");
        ChipMemory memory = ChipMemory.inMemory(type.size(), 0xff);
        SimBus bus = SimBus.builder().speed(speed).functionality(FunctionalityPresets.get(functionality))
                .chip(new EepromChip(0x50, type, memory, "T24C04A")).build();
        return new Part(bus, memory, new At24Eeprom(bus.device(0x50), type));
    }

    @Override
    public void run() {
        if (speed < 1000 || speed > 5_000_000) {
            throw io.i2ckit.cli.CliException.usage("--speed " + speed + " out of range (1000-5000000 Hz)");
        }
        EepromType type = EepromCatalog.standard().get("t24c04a");
        byte[] image = new byte[type.size()];
        new Random(seed).nextBytes(image);
        long bit = 1_000_000_000L / speed;
        long readLeast = (1 + 9 + 9 * type.addressBytes() + 1 + 9 + 9L * type.size() + 1) * bit;
        PrintWriter out = session.out();
        out.printf("EEPROM benchmark: simulated T24C04A (512 bytes, 16-byte pages, tWR 5 ms), %d kHz, image seed %d%n",
                speed / 1000, seed);
        out.printf("%-58s %12s %14s %7s %13s%n", "scenario", "bus time", "least possible", "ratio", "transactions");

        for (String adapter : new String[] {"full-i2c", "i2c-stub"}) {
            String how = adapter.equals("full-i2c") ? "plain I2C" : "SMBus only";
            Part p = part(adapter);
            BusStats before = p.bus().stats();
            WriteReport w = p.eeprom().write(0, image, p.memory().snapshot());
            row(out, "full write of a random image, " + how + " (page writes)", w.writeNanos(),
                    w.minimumWriteNanos(type, speed), p.bus().stats().minus(before).transactions());
            before = p.bus().stats();
            byte[] current = p.eeprom().readAll();
            WriteReport again = p.eeprom().write(0, image, current);
            BusStats rewrite = p.bus().stats().minus(before);
            row(out, "rewrite of the same image, " + how + " (" + again.pagesWritten() + " pages written)",
                    rewrite.busNanos(), readLeast, rewrite.transactions());
            before = p.bus().stats();
            p.eeprom().readAll();
            BusStats read = p.bus().stats().minus(before);
            row(out, "read of all 512 bytes, " + how, read.busNanos(), readLeast, read.transactions());
        }

        Part bytes = part("0x00180000"); // byte data only: the fan hack's loop of i2cset
        BusStats before = bytes.bus().stats();
        WriteReport w = bytes.eeprom().write(0, image, bytes.memory().snapshot());
        row(out, "full write one byte at a time (as i2cset loops do)", w.writeNanos(),
                w.minimumWriteNanos(type.withPageSize(1), speed), bytes.bus().stats().minus(before).transactions());
        out.println("Least possible: writes, each page's bits then a full write cycle; reads, one sequential read "
                + "(start, address, word address, repeated start, address, the bytes, stop).");
    }

    private static void row(PrintWriter out, String what, long nanos, long least, long transactions) {
        out.printf("%-58s %9.3f ms %11.3f ms %7.3f %13d%n", what, nanos / 1e6, least / 1e6, (double) nanos / least,
                transactions);
    }
}
