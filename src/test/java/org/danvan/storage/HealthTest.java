package org.danvan.storage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the bot on its embedded database, when a supervisor asks for its health and its
 * readiness, then both are UP (Spring Boot's own MongoDB check sends a command the
 * embedded server cannot answer, which left both DOWN).
 */
class HealthTest extends EndToEndTest {

	@LocalServerPort
	int port;

	@Test
	void healthAndReadinessAreUpOnTheEmbeddedDatabase() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness" }) {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.body()).as(path).contains("\"status\":\"UP\"");
		}
	}

}
