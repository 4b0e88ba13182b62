// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Session;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.NoAcknowledgeException;
import io.i2ckit.core.parts.EepromCatalog;
import io.i2ckit.core.parts.EepromType;
import io.i2ckit.eeprom.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the part's row of the catalog, how this adapter reaches it, whether it answers, and its backups.")
final class EepromInfoCommand implements Runnable {
    private Session session;

    @Mixin
    Target target;

    @Option(names = "--list", description = "List the catalog instead.")
    boolean list;

    EepromInfoCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        // the answer is printed only when it is whole: a bus that fails to open leaves just the error line
        StringWriter answer = new StringWriter();
        answer(new PrintWriter(answer));
        session.out().print(answer);
    }

    private void answer(PrintWriter out) {
        if (list) {
            for (EepromType t : EepromCatalog.standard().all()) {
                out.printf("%-9s %6d bytes, %3d-byte pages, %d-byte addresses, tWR %2d ms  %s%n", t.name(), t.size(),
                        t.pageSize(), t.addressBytes(), t.writeCycle().toMillis(), t.description());
            }
            return;
        }
        EepromType t = target.type();
        int a = target.address();
        out.printf("Part:    %s: %s%n", t.name(), t.description());
        out.printf("         %d bytes, %d-byte pages, %d-byte word addresses, answers %s, write cycle up to %d ms%n",
                t.size(), t.pageSize(), t.addressBytes(), t.addressCount() == 1 ? String.format("0x%02x", a)
                        : String.format("0x%02x-0x%02x", a, a + t.addressCount() - 1), t.writeCycle().toMillis());
        try (EepromRun run = new EepromRun(session, target)) {
            out.printf("Bus:     %s (%s)%n", run.bus.name(), run.bus.adapterName());
            out.printf("Reads:   %s%nWrites:  %s%n", run.eeprom.readPath(), run.eeprom.writePath());
            try {
                byte[] head = run.eeprom.read(0, Math.min(16, t.size()));
                out.printf("Answers: yes; bytes 0-%d: %s%n", head.length - 1, HexFormat.ofDelimiter(" ").formatHex(head));
            } catch (I2cException e) {
                // polling turns a silent address into a timeout whose cause is the no-acknowledge
                boolean silent = e instanceof NoAcknowledgeException || e.getCause() instanceof NoAcknowledgeException;
                out.printf(silent ? "Answers: no: nothing acknowledges at 0x%02x (wiring, power, address?)%n"
                        : "Answers: no: %2$s%n", a, e.getMessage());
            }
            Path dir = EepromRun.backupDirectory(session.env(), null);
            List<Path> backups = new BackupStore(dir).list(run.bus.name(), a);
            out.printf("Backups: %s%n", backups.isEmpty() ? "none yet in " + dir
                    : backups.size() + " in " + dir + ", newest " + backups.get(backups.size() - 1).getFileName());
        }
    }
}
