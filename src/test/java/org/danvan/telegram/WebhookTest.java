package org.danvan.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the bot in webhook mode, then it registers its webhook with the secret, refuses
 * requests without that secret, and handles a twice-delivered update once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookTest {

	static final String SECRET = "s3cret_Webhook-token";

	static final BotApiStandIn telegram = new BotApiStandIn();

	static final Path data = EndToEndTest.tempDir("danvan-webhook");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		EndToEndTest.properties(registry, telegram, data);
		registry.add("danvan.telegram.webhook-url", () -> "https://bot.example.org/telegram/webhook");
		registry.add("danvan.telegram.webhook-secret", () -> SECRET);
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@Test
	void theWebhookIsRegisteredWithItsSecret() {
		assertThat(telegram.webhookUrl()).isEqualTo("https://bot.example.org/telegram/webhook");
		assertThat(telegram.calls("setwebhook").get(0).params().path("secret_token").asText()).isEqualTo(SECRET);
	}

	@Test
	void requestsWithoutTheRightSecretAreRefused() throws Exception {
		StandInUser user = telegram.user(7001, "Nga", "en");
		ObjectNode update = user.compose("/help");

		assertThat(post(update, "wrong").statusCode()).isEqualTo(401);
		assertThat(post(update, null).statusCode()).isEqualTo(401);

		assertThat(post(user.compose("/start"), SECRET).statusCode()).isEqualTo(200);
		user.awaitText("Hello Nga!");
		assertThat(user.messages()).noneMatch((m) -> m.text().startsWith("What you can do:"));
	}

	@Test
	void anUpdateDeliveredTwiceIsHandledOnce() throws Exception {
		StandInUser user = telegram.user(7002, "Oanh", "en");
		ObjectNode help = user.compose("/help");

		assertThat(post(help, SECRET).statusCode()).isEqualTo(200);
		assertThat(post(help, SECRET).statusCode()).isEqualTo(200);
		assertThat(post(user.compose("/language"), SECRET).statusCode()).isEqualTo(200);

		user.awaitText("Please choose your language:");
		assertThat(user.messages()).filteredOn((m) -> m.text().startsWith("What you can do:")).hasSize(1);
	}

	private HttpResponse<String> post(ObjectNode update, String secret) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/telegram/webhook"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(update.toString()));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
