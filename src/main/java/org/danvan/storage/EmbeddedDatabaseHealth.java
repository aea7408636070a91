package org.danvan.storage;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The database's health when it is the embedded one: it answers {@code ping}, not the
 * {@code hello} command that Spring Boot's MongoDB check sends (which left the bot's
 * health, and its readiness, DOWN).
 */
class EmbeddedDatabaseHealth extends AbstractHealthIndicator {

	private final MongoClient client;

	private final String file;

	EmbeddedDatabaseHealth(MongoClient client, String file) {
		super("The embedded database did not answer");
		this.client = client;
		this.file = file;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.client.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up().withDetail("embedded", true).withDetail("file", this.file);
	}

}
