package org.danvan.backup;

import java.nio.file.Path;

import org.danvan.scheduling.TimeOfDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the embedded database.
 *
 * @param dir where backups are written (DANVAN_BACKUP_DIR)
 * @param at when the daily backup runs, in the scheduling time zone; never when empty
 * @param keep how many backups are kept, the newest; older ones are deleted
 */
@ConfigurationProperties("danvan.backup")
public record BackupSettings(@DefaultValue("data/backups") Path dir, @DefaultValue("02:30") String at,
		@DefaultValue("14") int keep) {

	public BackupSettings {
		TimeOfDay.parse(at);
		if (keep < 1) {
			throw new IllegalArgumentException("danvan.backup.keep must be at least 1, not " + keep);
		}
	}

}
