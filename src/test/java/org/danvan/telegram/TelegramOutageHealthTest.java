package org.danvan.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.Faults;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given no call to Telegram succeeding for longer than {@code outage-after} (4 s in
 * tests), then {@code /actuator/health} says DEGRADED with HTTP 200 and the instance
 * stays ready; once Telegram answers again, UP.
 */
class TelegramOutageHealthTest extends EndToEndTest {

	static final Faults.Mix DOWN = new Faults.Mix(0, 1, 0, 0, 0, Duration.ZERO);

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aLongOutageIsDegradedButReadyAndUpAgainOnceTelegramAnswers() {
		assertThat(status("/actuator/health/telegram")).isEqualTo("200 UP");
		try {
			telegram.faults(new Faults(1).on("getUpdates", DOWN).on("getMe", DOWN));

			BotApiStandIn.await(() -> status("/actuator/health/telegram").equals("200 DEGRADED"),
					Duration.ofSeconds(20), "health DEGRADED");
			assertThat(status("/actuator/health/readiness")).isEqualTo("200 UP");
			assertThat(status("/actuator/health/liveness")).isEqualTo("200 UP");
		}
		finally {
			telegram.faults(null);
		}
		BotApiStandIn.await(() -> status("/actuator/health/telegram").equals("200 UP"), Duration.ofSeconds(20),
				"health UP");
	}

	private String status(String path) {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			String status = response.body().replaceAll("(?s).*?\"status\":\"([A-Z_]+)\".*", "$1");
			return response.statusCode() + " " + status;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
