package org.danvan.backup;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.UuidRepresentation;
import org.danvan.shared.DeploymentProblem;
import org.danvan.storage.DatabaseSnapshot;
import org.danvan.storage.EmbeddedMongo;
import org.danvan.storage.StorageSettings;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's data commands, run instead of the bot: {@code backup}, {@code restore FILE
 * [--to URI] [--force]} and {@code migrate --to URI [--force]}. They read the same
 * settings as the bot (a small context without web server, database client or Telegram)
 * and open the embedded database file themselves, so the bot must not be running on it:
 * the file is locked then, and they say so.
 */
public final class DataCommands {

	private static final Set<String> COMMANDS = Set.of("backup", "restore", "migrate");

	/** Exit status of a command that failed (it said why in one line). */
	static final int FAILED = 1;

	/** Exit status of a command given wrongly. */
	static final int USAGE = 2;

	private static final String HOW = "Usage: java -jar danvan.jar backup | restore FILE [--to mongodb://...] [--force] | migrate --to mongodb://... [--force]";

	private final StorageSettings storage;

	private final BackupSettings backup;

	private final String uri;

	private final PrintStream out;

	DataCommands(StorageSettings storage, BackupSettings backup, String uri, PrintStream out) {
		this.storage = storage;
		this.backup = backup;
		this.uri = (uri != null) ? uri : "";
		this.out = out;
	}

	/** Whether the arguments name a data command rather than the bot. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs the command the arguments name, with the deployment's settings. */
	public static int run(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run()) {
			return new DataCommands(context.getBean(StorageSettings.class), context.getBean(BackupSettings.class),
					context.getEnvironment().getProperty("spring.mongodb.uri"), System.out)
				.execute(args);
		}
	}

	int execute(String[] args) {
		List<String> arguments = Arrays.asList(args);
		boolean force = arguments.contains("--force");
		try {
			return switch (args[0]) {
				case "backup" -> backup();
				case "restore" -> (args.length >= 2 && !args[1].startsWith("--"))
						? restore(Path.of(args[1]), target(arguments), force) : usage();
				case "migrate" -> (target(arguments) != null) ? migrate(target(arguments), force) : usage();
				default -> usage();
			};
		}
		catch (DeploymentProblem ex) {
			this.out.println(ex.problem() + " Stop the bot first: these commands open the database file themselves.");
			return FAILED;
		}
		catch (Copier.TargetNotEmpty | MongoException | IllegalArgumentException | IllegalStateException
				| UncheckedIOException ex) {
			this.out.println("Failed: " + ex.getMessage());
			return FAILED;
		}
	}

	private int usage() {
		this.out.println(HOW);
		return USAGE;
	}

	private int backup() {
		requireEmbedded("backup", "back it up with mongodump (see the README)");
		Path file = new BackupFolder(this.backup.dir()).fileFor(Instant.now()).toAbsolutePath();
		this.out.println("Backing up " + this.storage.dataDir().toAbsolutePath() + " to " + file);
		try (EmbeddedMongo database = new EmbeddedMongo(this.storage);
				DatabaseSnapshot snapshot = database.snapshot()) {
			Map<String, Long> written = BackupArchive.write(snapshot, file, this.out::println);
			try (DatabaseSnapshot back = BackupArchive.open(file)) {
				Counts counts = new Counts(written, countsOf(back));
				return finish(counts, "Backup written: " + file);
			}
		}
	}

	/** The URI after {@code --to}, or {@code null}. */
	private static String target(List<String> arguments) {
		int at = arguments.indexOf("--to");
		return (at >= 0 && at + 1 < arguments.size()) ? arguments.get(at + 1) : null;
	}

	private int restore(Path file, String to, boolean force) {
		if (!Files.isRegularFile(file)) {
			this.out.println("Failed: there is no backup file " + file.toAbsolutePath());
			return FAILED;
		}
		if (to != null) {
			ConnectionString target = new ConnectionString(to);
			String name = (target.getDatabase() != null) ? target.getDatabase() : this.storage.database();
			this.out.println("Restoring " + file.toAbsolutePath() + " into the database " + name + " on "
					+ String.join(",", target.getHosts()));
			try (DatabaseSnapshot source = BackupArchive.open(file); MongoClient client = client(target)) {
				return finish(Copier.copy(source, client.getDatabase(name), force, this.out::println),
						"Restored. Start the bot with MONGODB_URI=" + redacted(target, name) + ".");
			}
		}
		requireEmbedded("restore", "add --to with that URI, or use mongorestore (see the README)");
		this.out.println("Restoring " + file.toAbsolutePath() + " into " + this.storage.dataDir().toAbsolutePath());
		try (DatabaseSnapshot source = BackupArchive.open(file);
				EmbeddedMongo database = new EmbeddedMongo(this.storage);
				MongoClient client = client(database.getConnectionString())) {
			Counts counts = Copier.copy(source, client.getDatabase(this.storage.database()), force, this.out::println);
			return finish(counts, "Restored. Start the bot as usual.");
		}
	}

	private int migrate(String to, boolean force) {
		requireEmbedded("migrate", "it already runs on a MongoDB");
		ConnectionString target = new ConnectionString(to);
		String name = (target.getDatabase() != null) ? target.getDatabase() : this.storage.database();
		this.out.println("Copying " + this.storage.dataDir().toAbsolutePath() + " to the database " + name + " on "
				+ String.join(",", target.getHosts()));
		try (EmbeddedMongo database = new EmbeddedMongo(this.storage);
				DatabaseSnapshot source = database.snapshot();
				MongoClient client = client(target)) {
			Counts counts = Copier.copy(source, client.getDatabase(name), force, this.out::println);
			return finish(counts,
					"Migrated. Now set MONGODB_URI=" + redacted(target, name)
							+ " (the URI you gave, with its password) and start the bot; keep "
							+ this.storage.dataDir().toAbsolutePath() + " until it runs well.");
		}
	}

	private void requireEmbedded(String command, String instead) {
		if (!this.uri.isBlank()) {
			throw new IllegalStateException("MONGODB_URI is set, so the bot's data is not in the embedded database: to "
					+ command + ", " + instead + ".");
		}
	}

	private int finish(Counts counts, String done) {
		this.out.println(counts.check());
		if (!counts.match()) {
			return FAILED;
		}
		this.out.println(done);
		return 0;
	}

	private static Map<String, Long> countsOf(DatabaseSnapshot snapshot) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String collection : snapshot.collections()) {
			try (var documents = snapshot.documents(collection)) {
				counts.put(collection, documents.count());
			}
		}
		return counts;
	}

	private static String redacted(ConnectionString uri, String database) {
		String credentials = (uri.getUsername() != null) ? uri.getUsername() + ":****@" : "";
		String options = uri.getConnectionString().contains("?")
				? uri.getConnectionString().substring(uri.getConnectionString().indexOf('?')) : "";
		String scheme = uri.isSrvProtocol() ? "mongodb+srv://" : "mongodb://";
		return scheme + credentials + String.join(",", uri.getHosts()) + "/" + database + options;
	}

	private static MongoClient client(ConnectionString uri) {
		return MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(uri)
			.uuidRepresentation(UuidRepresentation.STANDARD)
			.build());
	}

	/** The settings the commands read, and nothing else of the bot. */
	@EnableConfigurationProperties({ StorageSettings.class, BackupSettings.class })
	static class Settings {

	}

}
