// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Session;
import io.i2ckit.core.I2cBus;
import io.i2ckit.eeprom.At24Eeprom;
import io.i2ckit.eeprom.BackupStore;
import io.i2ckit.eeprom.EepromOptions;
import io.i2ckit.eeprom.WriteReport;
import io.i2ckit.sim.BusStats;
import io.i2ckit.sim.SimBus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** One eeprom command's part: its bus opened, the driver, a progress bar, and the figures for --stats. */
public final class EepromRun implements AutoCloseable {
    final Session session;
    final I2cBus bus;
    final At24Eeprom eeprom;
    private final ProgressBar bar;
    private final BusStats simStart;
    private final long wallStart = System.nanoTime();

    public EepromRun(Session session, Target target) {
        this.session = session;
        this.bar = session.interactive() ? new ProgressBar(session.err()) : null;
        this.bus = target.openBus(session);
        try {
            EepromOptions options = EepromOptions.DEFAULTS.withProgress(bar == null ? EepromOptions.Progress.NONE : bar);
            this.eeprom = target.open(bus, options);
        } catch (RuntimeException e) {
            bus.close();
            throw e;
        }
        this.simStart = bus instanceof SimBus sim ? sim.stats() : null;
    }

    /** Where backups go: {@code $I2CKIT_BACKUP_DIR}, else the state folder's backups. */
    public static Path backupDirectory(Map<String, String> env, Path explicit) {
        return explicit != null ? explicit : BackupStore.defaultDirectory(env);
    }

    public void clearProgress() {
        if (bar != null) {
            bar.clear();
        }
    }

    /** The --stats lines: the bus's figures, and for a write how close it came to the physical least. */
    public void printStats(WriteReport report) {
        clearProgress();
        PrintWriter out = session.out();
        if (bus instanceof SimBus sim) {
            BusStats s = sim.stats().minus(simStart);
            out.printf("Bus %s: %d transactions, %d bytes on the wire, %d bits, %d NACKs, bus time %.3f ms"
                    + " (simulated clock, %d kHz)%n", bus.name(), s.transactions(), s.bytes(), s.bits(), s.nacks(),
                    s.busNanos() / 1e6, sim.speedHz() / 1000);
            if (report != null && report.firstRound() > 0) {
                long least = report.minimumWriteNanos(eeprom.type(), sim.speedHz());
                out.printf("Page writes: %d in %.3f ms of bus time; the least possible is %.3f ms (each page's bits,"
                        + " then tWR %.1f ms): %.3fx%n", report.firstRound(), report.writeNanos() / 1e6, least / 1e6,
                        eeprom.type().writeCycle().toNanos() / 1e6, (double) report.writeNanos() / least);
            }
        } else {
            out.printf("Bus %s: %d transactions, %d bytes on the wire (counted by i2ckit), wall time %.3f ms%n",
                    bus.name(), eeprom.transactions(), eeprom.wireBytes(), (System.nanoTime() - wallStart) / 1e6);
        }
    }

    public I2cBus bus() {
        return bus;
    }

    public At24Eeprom eeprom() {
        return eeprom;
    }

    @Override
    public void close() {
        clearProgress();
        bus.close();
    }
}
