package org.danvan.storage;

import com.mongodb.client.MongoClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database when {@code spring.mongodb.uri} (MONGODB_URI) is empty;
 * Spring Boot's own connection details then step aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
class EmbeddedMongoConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedMongo embeddedMongo(StorageSettings settings) {
		return new EmbeddedMongo(settings);
	}

	/**
	 * Takes the place of Spring Boot's MongoDB health check, whose command it cannot
	 * answer.
	 */
	@Bean("mongoHealthIndicator")
	EmbeddedDatabaseHealth embeddedDatabaseHealth(MongoClient client, StorageSettings settings) {
		return new EmbeddedDatabaseHealth(client, settings.databaseFile().toAbsolutePath().toString());
	}

}
