package org.danvan.backup;

import java.util.Map;

import org.danvan.scheduling.Misfire;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.SchedulingSettings;
import org.danvan.scheduling.TimeOfDay;
import org.danvan.scheduling.TimedTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The daily backup, on Quartz through {@link Schedules} (kept in MongoDB, run once across
 * instances). On a MongoDB given by URI it is not scheduled, and says so once.
 */
@Component
class BackupTask implements TimedTask {

	static final String TASK = "backup";

	private static final Logger log = LoggerFactory.getLogger(BackupTask.class);

	private final Backups backups;

	private final Schedules schedules;

	private final BackupSettings settings;

	private final SchedulingSettings scheduling;

	BackupTask(Backups backups, Schedules schedules, BackupSettings settings, SchedulingSettings scheduling) {
		this.backups = backups;
		this.schedules = schedules;
		this.settings = settings;
		this.scheduling = scheduling;
	}

	@Override
	public String name() {
		return TASK;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		if (!this.backups.embedded()) {
			// a schedule migrated along with the embedded data stops here
			this.schedules.stopRecurring(TASK);
			log.info("No scheduled backups: the bot runs on MONGODB_URI, and backing that database up "
					+ "is the database's job (mongodump, or a replica-set member; see the README)");
			return;
		}
		this.schedules.daily(TASK, TimeOfDay.parse(this.settings.at()), this.scheduling.zone(), TASK, Map.of(),
				Misfire.RUN_ONCE);
	}

	@Override
	public void run(Map<String, String> data) {
		if (this.backups.embedded()) {
			this.backups.takeNow();
		}
	}

}
