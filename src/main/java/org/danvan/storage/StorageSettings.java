package org.danvan.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database keeps its file when no MongoDB URI is configured.
 *
 * @param dataDir folder for the embedded database file
 * @param embeddedPort port of the embedded server on 127.0.0.1 (0 picks a free one)
 * @param database database name on the embedded server
 */
@ConfigurationProperties("danvan.storage")
public record StorageSettings(@DefaultValue("data") Path dataDir, @DefaultValue("0") int embeddedPort,
		@DefaultValue("danvan") String database) {

	Path databaseFile() {
		return dataDir.resolve("danvan.mv");
	}

}
