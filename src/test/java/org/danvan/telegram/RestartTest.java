package org.danvan.telegram;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.danvan.DanVanApplication;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the bot stopped and started again on the same data, then it remembers each
 * member's language, handles once an update Telegram delivers again, and handles what it
 * had written down but not yet handled when it stopped.
 */
class RestartTest {

	@Test
	void theBotRemembersAndLosesNothingAcrossARestart() {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			Path data = EndToEndTest.tempDir("danvan-restart");
			StandInUser user = telegram.user(4242, "Mai", "vi");
			ObjectNode help;
			try (ConfigurableApplicationContext app = start(telegram, data)) {
				user.send("/language");
				BotMessage picker = user.awaitText("Vui lòng chọn ngôn ngữ:");
				user.press(picker, "English");
				user.awaitText("Language set: English.");
				help = user.send("/help");
				user.awaitText("What you can do:");
				plantUnhandled(app, user.compose("/language"));
			}
			telegram.redeliver(help);

			try (ConfigurableApplicationContext app = start(telegram, data)) {
				user.send("/start");
				user.awaitText("Hello Mai!");
				user.await((m) -> m.text().equals("Please choose your language:"), "the planted /language handled");
				assertThat(user.messages()).filteredOn((m) -> m.text().startsWith("What you can do:")).hasSize(1);
			}
		}
	}

	/** An update written down by a bot that then died before handling it. */
	private static void plantUnhandled(ConfigurableApplicationContext app, ObjectNode update) {
		MongoTemplate mongo = app.getBean(MongoTemplate.class);
		mongo.getCollection("received_updates")
			.insertOne(new org.bson.Document(Map.of("_id", update.get("update_id").asLong(), "chat", 4242L, "json",
					update.toString(), "status", "RECEIVED", "receivedAt", java.util.Date.from(Instant.now()))));
	}

	static ConfigurableApplicationContext start(BotApiStandIn telegram, Path data) {
		return new SpringApplicationBuilder(DanVanApplication.class).run(
				"--danvan.telegram.token=" + BotApiStandIn.TOKEN, "--danvan.telegram.api-url=" + telegram.url(),
				"--danvan.telegram.poll-timeout=1s", "--danvan.telegram.webhook-url=",
				"--danvan.storage.data-dir=" + data, "--spring.mongodb.uri=", "--server.port=0",
				"--danvan.relay.key=" + EndToEndTest.RELAY_KEY);
	}

}
