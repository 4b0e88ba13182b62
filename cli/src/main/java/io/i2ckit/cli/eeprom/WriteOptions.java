// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.eeprom;

import io.i2ckit.cli.Session;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What every command that writes a part shares: --dry-run, and where its backups go. */
public final class WriteOptions {
    @Option(names = "--dry-run", description = "Show what would change, and write nothing.")
    boolean dryRun;

    @Option(names = "--backup-dir", paramLabel = "DIR",
            description = "Where backups go and are found (default $I2CKIT_BACKUP_DIR, else $XDG_STATE_HOME/i2ckit/backups).")
    Path backupDir;

    public boolean dryRun() {
        return dryRun;
    }

    /** --backup-dir, else {@link EepromRun#backupDirectory}'s default. */
    public Path backupDirectory(Session session) {
        return EepromRun.backupDirectory(session.env(), backupDir);
    }
}
