package org.danvan.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a bot token the application runs on Telegram: no page, no stand-in, no personas.
 */
class SandboxOffTest extends EndToEndTest {

	@LocalServerPort
	int port;

	@Test
	void withATokenThereIsNoSandbox() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String path : new String[] { "/sandbox/", "/sandbox/index.html", "/sandbox/api/personas" }) {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
		}
	}

}
