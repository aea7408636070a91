package org.danvan.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.danvan.storage.DatabaseSnapshot;
import org.danvan.storage.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The backup module's public face: takes a backup of the embedded database now (while the
 * bot runs), applies the retention rule and tells about the last one. With a real MongoDB
 * there is nothing to take: backing it up is the database's job.
 */
@Service
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	private final ObjectProvider<EmbeddedMongo> embedded;

	private final BackupSettings settings;

	private final BackupFolder folder;

	private final Clock clock;

	Backups(ObjectProvider<EmbeddedMongo> embedded, BackupSettings settings, Clock clock) {
		this.embedded = embedded;
		this.settings = settings;
		this.folder = new BackupFolder(settings.dir());
		this.clock = clock;
	}

	/** False when the bot runs on a MongoDB given by URI. */
	public boolean embedded() {
		return this.embedded.getIfAvailable() != null;
	}

	/** The newest backup in the folder, if any. */
	public Optional<BackupFile> latest() {
		return this.folder.latest();
	}

	/** Where backups go. */
	public Path dir() {
		return this.folder.dir().toAbsolutePath();
	}

	/**
	 * Writes a backup of the embedded database as it is now and deletes the oldest past
	 * the number kept; one at a time (the daily job and a press of the button may meet).
	 * @throws IllegalStateException on a MongoDB given by URI
	 */
	public synchronized BackupFile takeNow() {
		EmbeddedMongo database = this.embedded.getIfAvailable();
		if (database == null) {
			throw new IllegalStateException("The bot runs on MONGODB_URI: back that database up with mongodump");
		}
		Path file = this.folder.fileFor(this.clock.instant()).toAbsolutePath();
		long started = System.nanoTime();
		try (DatabaseSnapshot snapshot = database.snapshot()) {
			BackupArchive.write(snapshot, file, (line) -> {
			});
		}
		List<Path> deleted = this.folder.keepNewest(this.settings.keep());
		BackupFile taken = BackupFolder.describe(file);
		log.info("Backup written to {} ({} bytes, {} ms); deleted {} older", file, taken.bytes(),
				(System.nanoTime() - started) / 1_000_000, deleted.size());
		return taken;
	}

}
