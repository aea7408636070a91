package org.danvan.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given more backups than are kept, and other files beside them, when the retention rule
 * runs, then the newest N backups stay, the older ones are gone, and other files are left
 * alone.
 */
class RetentionTest {

	@TempDir
	Path dir;

	@Test
	void keepsTheNewestNBackups() throws Exception {
		BackupFolder folder = new BackupFolder(this.dir);
		Instant first = Instant.parse("2026-11-01T19:30:00Z");
		for (int day = 0; day < 6; day++) {
			Files.writeString(folder.fileFor(first.plus(Duration.ofDays(day))), "backup " + day);
		}
		Files.writeString(this.dir.resolve("notes.txt"), "kept");
		Files.writeString(this.dir.resolve("danvan-20261101-193000.zip.part"), "a backup being written");

		assertThat(folder.keepNewest(3)).hasSize(3);

		assertThat(folder.backups()).containsExactly(folder.fileFor(first.plus(Duration.ofDays(5))),
				folder.fileFor(first.plus(Duration.ofDays(4))), folder.fileFor(first.plus(Duration.ofDays(3))));
		assertThat(this.dir.resolve("notes.txt")).exists();
		assertThat(this.dir.resolve("danvan-20261101-193000.zip.part")).exists();
		assertThat(folder.latest()).hasValueSatisfying(
				(latest) -> assertThat(latest.file()).isEqualTo(folder.fileFor(first.plus(Duration.ofDays(5)))));
	}

	@Test
	void anEmptyOrMissingFolderHasNoBackups() {
		BackupFolder folder = new BackupFolder(this.dir.resolve("none"));
		assertThat(folder.keepNewest(3)).isEmpty();
		assertThat(folder.latest()).isEmpty();
	}

}
