package org.danvan.backup;

import java.nio.file.Path;
import java.util.Map;

import com.mongodb.client.MongoClient;
import org.danvan.scheduling.Schedules;
import org.danvan.storage.DatabaseSnapshot;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the bot on its embedded database, then a daily backup is scheduled at 02:30 in
 * the province's time zone; when it runs, then a dated backup is in the backup folder,
 * whole, with every collection and as many documents as the database had.
 */
class ScheduledBackupTest extends EndToEndTest {

	@Autowired
	Schedules schedules;

	@Autowired
	BackupTask task;

	@Autowired
	Backups backups;

	@Autowired
	MongoClient client;

	@Test
	void theDailyBackupIsScheduledAndWritesAWholeBackup() {
		assertThat(this.schedules.jobs()).anySatisfy((job) -> {
			assertThat(job.key()).isEqualTo(BackupTask.TASK);
			assertThat(job.rule()).isEqualTo("0 30 2 * * ? Asia/Ho_Chi_Minh");
		});

		this.task.run(Map.of());

		BackupFile latest = this.backups.latest().orElseThrow();
		assertThat(latest.file().getParent()).isEqualTo(this.backups.dir());
		assertThat(latest.file().getFileName().toString()).matches("danvan-\\d{8}-\\d{6}\\.zip");
		assertThat(latest.bytes()).isPositive();
		try (DatabaseSnapshot backup = BackupArchive.open(latest.file())) {
			assertThat(backup.collections()).contains("members", "recurring_schedules");
			long members = this.client.getDatabase("danvan").getCollection("members").countDocuments();
			try (var documents = backup.documents("members")) {
				assertThat(documents.count()).isEqualTo(members);
			}
		}
		assertThat(Path.of(latest.file() + ".part")).doesNotExist();
	}

}
