package org.danvan.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.danvan.shared.DeploymentProblem;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * A MongoDB wire-protocol server on 127.0.0.1 that keeps its data in one file, started
 * when no MongoDB URI is configured.
 */
public class EmbeddedMongo implements MongoConnectionDetails, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private final MongoServer server;

	private final DurableH2Backend backend;

	private final String database;

	private final ConnectionString connectionString;

	public EmbeddedMongo(StorageSettings settings) {
		createDataDir(settings);
		String file = settings.databaseFile().toAbsolutePath().toString();
		this.backend = open(file);
		this.database = settings.database();
		this.server = new MongoServer(this.backend);
		InetSocketAddress address = new InetSocketAddress("127.0.0.1", settings.embeddedPort());
		this.server.bind(address);
		int port = this.server.getLocalAddress().getPort();
		this.connectionString = new ConnectionString("mongodb://127.0.0.1:" + port + "/" + settings.database());
		log.info("Using the embedded MongoDB-compatible database in {} (127.0.0.1:{}). "
				+ "For production set MONGODB_URI to a real MongoDB replica set, "
				+ "e.g. mongodb://mongo:27017/danvan?replicaSet=rs0", file, port);
	}

	private static void createDataDir(StorageSettings settings) {
		Path dir = settings.dataDir().toAbsolutePath();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new DeploymentProblem("Cannot create the data folder " + dir + " (DANVAN_DATA_DIR): " + ex,
					"Set DANVAN_DATA_DIR to a folder the bot's user may write to.", ex);
		}
		if (!Files.isWritable(dir)) {
			throw new DeploymentProblem("The data folder " + dir + " (DANVAN_DATA_DIR) is not writable.",
					"Give the bot's user write access to it, or set DANVAN_DATA_DIR to another folder.");
		}
	}

	private static DurableH2Backend open(String file) {
		try {
			return new DurableH2Backend(file);
		}
		catch (MVStoreException ex) {
			if (ex.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
				throw new DeploymentProblem("The database file " + file + " is in use by another running DanVan.",
						"Stop the other one, or give this one its own DANVAN_DATA_DIR "
								+ "(instances that work together share a MONGODB_URI instead).",
						ex);
			}
			throw new DeploymentProblem("Cannot open the database file " + file + ": " + ex.getMessage(),
					"Restore the data folder from a backup, or move the file away to start on an empty database.", ex);
		}
	}

	@Override
	public ConnectionString getConnectionString() {
		return this.connectionString;
	}

	/**
	 * The database as it is now, consistent across collections, while writes go on; close
	 * it when read.
	 */
	public DatabaseSnapshot snapshot() {
		return new EmbeddedSnapshot(this.backend, this.database);
	}

	@Override
	public void close() {
		this.server.shutdown();
	}

}
