package org.danvan.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.danvan.storage.EmbeddedMongo;
import org.danvan.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's data commands, given settings as a deployment has them: a backup, then a
 * restore after the data folder is wiped, gives the same database; a restore into a
 * database that holds data is refused unless forced; a migrate copies the embedded data
 * into another MongoDB-compatible server and says which MONGODB_URI to set, and a backup
 * restores into such a server too; the commands refuse politely while the bot holds the
 * file, and on a MONGODB_URI.
 */
class DataCommandsTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void aBackupRestoresIntoAWipedDataFolder() throws Exception {
		Fingerprint before = seed();
		assertThat(run("backup")).isZero();
		Path backup = single(this.dir.resolve("data/backups"));
		assertThat(zipEntries(backup)).contains("incidents.json", "households.json", "indexes.json", "manifest.json");
		assertThat(output()).contains("incidents: 3 documents").contains("the same in source and target");
		deleteDatabaseFile();

		assertThat(run("restore", backup.toString())).isZero();

		assertThat(output()).contains("Restored.");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aRestoreIntoADatabaseWithDataIsRefusedUnlessForced() {
		seed();
		assertThat(run("backup")).isZero();
		Path backup = single(this.dir.resolve("data/backups"));

		assertThat(run("restore", backup.toString())).isEqualTo(DataCommands.FAILED);
		assertThat(output()).contains("is not empty").contains("--force");

		assertThat(run("restore", backup.toString(), "--force")).isZero();
		assertThat(output()).contains("the same in source and target");
	}

	@Test
	void migrateCopiesTheEmbeddedDataIntoAnotherServer() {
		Fingerprint before = seed();
		MongoServer other = new MongoServer(H2Backend.inMemory());
		try {
			String uri = other.bindAndGetConnectionString() + "/danvan";
			assertThat(run("migrate", "--to", uri)).isZero();
			assertThat(output()).contains("the same in source and target").contains("MONGODB_URI=mongodb://");
			try (MongoClient client = SnapshotDuringWritesTest.client(new ConnectionString(uri))) {
				assertThat(Fingerprint.of(client.getDatabase("danvan"))).isEqualTo(before);
				assertThat(client.getDatabase("danvan").getCollection("incidents").listIndexes())
					.anySatisfy((index) -> assertThat(index.getString("name")).isEqualTo("number_1"));
			}
			assertThat(run("migrate", "--to", uri)).isEqualTo(DataCommands.FAILED);
			assertThat(output()).contains("is not empty");

			assertThat(run("backup")).isZero();
			Path backup = single(this.dir.resolve("data/backups"));
			assertThat(run("restore", backup.toString(), "--to", uri, "--force")).isZero();
			assertThat(output()).contains("the same in source and target").contains("MONGODB_URI=mongodb://");
			try (MongoClient client = SnapshotDuringWritesTest.client(new ConnectionString(uri))) {
				assertThat(Fingerprint.of(client.getDatabase("danvan"))).isEqualTo(before);
			}
		}
		finally {
			other.shutdownNow();
		}
	}

	@Test
	void theCommandsRefuseWhileTheBotHoldsTheFile() {
		try (EmbeddedMongo running = new EmbeddedMongo(storage())) {
			assertThat(run("backup")).isEqualTo(DataCommands.FAILED);
			assertThat(output()).contains("in use by another running DanVan").contains("Stop the bot first");
		}
	}

	@Test
	void theCommandsRefuseOnAMongoDbUri() {
		this.printed.reset();
		int status = new DataCommands(storage(), backupSettings(), "mongodb://db:27017/danvan",
				new PrintStream(this.printed, true, StandardCharsets.UTF_8))
			.execute(new String[] { "backup" });
		assertThat(status).isEqualTo(DataCommands.FAILED);
		assertThat(output()).contains("MONGODB_URI is set").contains("mongodump");
	}

	@Test
	void aWrongCommandLineIsAnsweredWithTheUsage() {
		assertThat(run("restore")).isEqualTo(DataCommands.USAGE);
		assertThat(run("migrate", "--to")).isEqualTo(DataCommands.USAGE);
		assertThat(output()).contains("Usage: java -jar danvan.jar backup");
		assertThat(run("restore", this.dir.resolve("missing.zip").toString())).isEqualTo(DataCommands.FAILED);
		assertThat(output()).contains("there is no backup file");
	}

	/** Some data of each kind of value, and a unique index. */
	private Fingerprint seed() {
		try (EmbeddedMongo database = new EmbeddedMongo(storage());
				MongoClient client = SnapshotDuringWritesTest.client(database.getConnectionString())) {
			MongoDatabase danvan = client.getDatabase("danvan");
			for (int n = 1; n <= 3; n++) {
				danvan.getCollection("incidents", BsonDocument.class)
					.insertOne(new BsonDocument("_id", new BsonBinary(UUID.randomUUID()))
						.append("number", new BsonInt64(n))
						.append("text", new BsonString("Sạt lở " + n)));
			}
			danvan.getCollection("incidents")
				.createIndex(new org.bson.Document("number", 1),
						new com.mongodb.client.model.IndexOptions().unique(true));
			danvan.getCollection("households").insertOne(new org.bson.Document("_id", "hh-1").append("size", 4));
			BsonDocument one = danvan.getCollection("incidents", BsonDocument.class).find().first();
			assertThat(one.getBinary("_id").getType()).isEqualTo(BsonBinarySubType.UUID_STANDARD.getValue());
			return Fingerprint.of(danvan);
		}
	}

	private Fingerprint fingerprint() {
		try (EmbeddedMongo database = new EmbeddedMongo(storage());
				MongoClient client = SnapshotDuringWritesTest.client(database.getConnectionString())) {
			return Fingerprint.of(client.getDatabase("danvan"));
		}
	}

	private void deleteDatabaseFile() throws Exception {
		Files.delete(this.dir.resolve("data/danvan.mv"));
	}

	private int run(String... args) {
		this.printed.reset();
		return new DataCommands(storage(), backupSettings(), "",
				new PrintStream(this.printed, true, StandardCharsets.UTF_8))
			.execute(args);
	}

	private String output() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

	private StorageSettings storage() {
		return new StorageSettings(this.dir.resolve("data"), 0, "danvan");
	}

	private BackupSettings backupSettings() {
		return new BackupSettings(this.dir.resolve("data/backups"), "02:30", 14);
	}

	private static Path single(Path folder) {
		List<Path> backups = new BackupFolder(folder).backups();
		assertThat(backups).hasSize(1);
		return backups.get(0);
	}

	private static List<String> zipEntries(Path zip) throws Exception {
		try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile());
				Stream<? extends java.util.zip.ZipEntry> entries = file.stream()) {
			return entries.map(java.util.zip.ZipEntry::getName).toList();
		}
	}

}
