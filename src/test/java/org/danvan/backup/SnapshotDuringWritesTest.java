package org.danvan.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.BsonBinary;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.UuidRepresentation;
import org.danvan.storage.DatabaseSnapshot;
import org.danvan.storage.EmbeddedMongo;
import org.danvan.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a writer that keeps changing two collections of the embedded database, when a
 * backup is taken meanwhile and restored into an empty database, then every collection of
 * the restored one equals the source at one moment of the write stream within the
 * backup's time (counts and content hash), and the writes went on during the backup.
 */
class SnapshotDuringWritesTest {

	@TempDir
	Path dir;

	@Test
	void aBackupDuringWritesRestoresToTheSourceAtOneMoment() throws Exception {
		Path file = this.dir.resolve("backups/danvan-test.zip");
		AtomicInteger done = new AtomicInteger();
		int before;
		int after;
		try (EmbeddedMongo source = new EmbeddedMongo(settings("source"));
				MongoClient client = client(source.getConnectionString())) {
			MongoDatabase database = client.getDatabase("danvan");
			AtomicBoolean stop = new AtomicBoolean();
			Thread writer = new Thread(() -> {
				while (!stop.get()) {
					step(database, done.get());
					done.incrementAndGet();
				}
			});
			writer.start();
			while (done.get() < 2_000) {
				Thread.sleep(5);
			}
			before = done.get();
			try (DatabaseSnapshot snapshot = source.snapshot()) {
				after = done.get();
				BackupArchive.write(snapshot, file, (line) -> {
				});
			}
			int whenWritten = done.get();
			stop.set(true);
			writer.join();
			assertThat(whenWritten).as("writes went on while the backup was written").isGreaterThan(after);
		}
		try (EmbeddedMongo target = new EmbeddedMongo(settings("target"));
				MongoClient client = client(target.getConnectionString());
				DatabaseSnapshot backup = BackupArchive.open(file)) {
			MongoDatabase restored = client.getDatabase("danvan");
			Counts counts = Copier.copy(backup, restored, false, (line) -> {
			});
			assertThat(counts.match()).as(counts.check()).isTrue();
			int steps = steps(restored);
			assertThat(steps).isBetween(before, after + 1);
			assertThat(Fingerprint.of(restored)).isEqualTo(Fingerprint.of(expected(steps)));
			assertThat(restored.getCollection("reports").listIndexes().into(new ArrayList<>()))
				.anySatisfy((index) -> assertThat(index.getString("name")).isEqualTo("number_1"));
		}
	}

	/**
	 * Step {@code i}: an even one adds report {@code i/2} (with a UUID, a date and a
	 * long); an odd one moves the tally to that report.
	 */
	private static void step(MongoDatabase database, int i) {
		if (i % 2 == 0) {
			database.getCollection("reports", BsonDocument.class).insertOne(report(i / 2));
		}
		else {
			MongoCollection<BsonDocument> tally = database.getCollection("tally", BsonDocument.class);
			tally.updateOne(new BsonDocument("_id", new BsonString("reports")),
					new BsonDocument("$set", new BsonDocument("last", new BsonInt32(i / 2))),
					new UpdateOptions().upsert(true));
		}
		if (i == 0) {
			database.getCollection("reports")
				.createIndex(new org.bson.Document("number", 1),
						new com.mongodb.client.model.IndexOptions().unique(true));
		}
	}

	private static BsonDocument report(int n) {
		return new BsonDocument("_id", new BsonInt32(n)).append("number", new BsonInt64(1_000_000_000_000L + n))
			.append("key", new BsonBinary(new UUID(n, n)))
			.append("at", new BsonDateTime(1_700_000_000_000L + n))
			.append("text", new BsonString("Report " + n + " — đường bị ngập"));
	}

	/** How many steps the database shows done. */
	private static int steps(MongoDatabase database) {
		int reports = (int) database.getCollection("reports").countDocuments();
		BsonDocument tally = database.getCollection("tally", BsonDocument.class).find().first();
		int tallied = (tally != null) ? tally.getInt32("last").getValue() + 1 : 0;
		return reports + tallied;
	}

	/** The database after {@code steps} steps. */
	private static Map<String, List<BsonDocument>> expected(int steps) {
		Map<String, List<BsonDocument>> expected = new LinkedHashMap<>();
		List<BsonDocument> reports = new ArrayList<>();
		for (int n = 0; n < (steps + 1) / 2; n++) {
			reports.add(report(n));
		}
		expected.put("reports", reports);
		expected.put("tally",
				(steps >= 2) ? List
					.of(new BsonDocument("_id", new BsonString("reports")).append("last", new BsonInt32(steps / 2 - 1)))
						: List.of());
		return expected;
	}

	private StorageSettings settings(String name) {
		return new StorageSettings(this.dir.resolve(name), 0, "danvan");
	}

	static MongoClient client(com.mongodb.ConnectionString uri) {
		return MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(uri)
			.uuidRepresentation(UuidRepresentation.STANDARD)
			.build());
	}

}
