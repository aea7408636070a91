package org.danvan.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * A MongoDB wire-protocol server on 127.0.0.1 that keeps its data in one file, started
 * when no MongoDB URI is configured.
 */
class EmbeddedMongo implements MongoConnectionDetails, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private final MongoServer server;

	private final ConnectionString connectionString;

	EmbeddedMongo(StorageSettings settings) {
		createDataDir(settings);
		String file = settings.databaseFile().toAbsolutePath().toString();
		this.server = new MongoServer(new DurableH2Backend(file));
		InetSocketAddress address = new InetSocketAddress("127.0.0.1", settings.embeddedPort());
		this.server.bind(address);
		int port = this.server.getLocalAddress().getPort();
		this.connectionString = new ConnectionString("mongodb://127.0.0.1:" + port + "/" + settings.database());
		log.info("Using the embedded MongoDB-compatible database in {} (127.0.0.1:{}). "
				+ "For production set MONGODB_URI to a real MongoDB replica set, "
				+ "e.g. mongodb://mongo:27017/danvan?replicaSet=rs0", file, port);
	}

	private static void createDataDir(StorageSettings settings) {
		try {
			Files.createDirectories(settings.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + settings.dataDir(), ex);
		}
	}

	@Override
	public ConnectionString getConnectionString() {
		return this.connectionString;
	}

	@Override
	public void close() {
		this.server.shutdown();
	}

}
