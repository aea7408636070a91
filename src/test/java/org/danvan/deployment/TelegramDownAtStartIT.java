package org.danvan.deployment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.Faults;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.EndToEndTest;
import org.danvan.support.ShippedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar started while the network to Telegram is down (every call's connection dropped)
 * does not stop: it says so in one line, keeps trying, and answers once Telegram is back.
 */
class TelegramDownAtStartIT {

	@TempDir
	Path folder;

	@Test
	void aBotStartedWhileTelegramIsUnreachableWaitsForItAndThenAnswers() throws Exception {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			Faults down = new Faults(1);
			for (String method : new String[] { "deleteWebhook", "getUpdates", "setMyCommands", "getMe" }) {
				down.on(method, new Faults.Mix(0, 0, 1, 0, 0, Duration.ZERO));
			}
			telegram.faults(down);
			Map<String, String> environment = Map.of("LANG", "C.UTF-8", "DANVAN_SANDBOX", "false", "TELEGRAM_BOT_TOKEN",
					BotApiStandIn.TOKEN, "TELEGRAM_API_URL", telegram.url(), "DANVAN_DATA_DIR",
					this.folder.resolve("data").toString(), "PORT", String.valueOf(ShippedJar.freePort()),
					"DANVAN_RELAY_KEY", EndToEndTest.RELAY_KEY);
			StandInUser user = telegram.user(5_151, "Lan", "vi");

			try (ShippedJar bot = ShippedJar.start(ShippedJar.command(), this.folder, environment)) {
				bot.awaitOutput("Cannot reach the Telegram Bot API at 127.0.0.1 to start long polling",
						Duration.ofSeconds(120));
				BotApiStandIn.await(() -> down.injected("deleteWebhook", Faults.Fault.DROP_BEFORE) >= 2,
						Duration.ofSeconds(30), "a second attempt");
				assertThat(bot.isAlive()).as("still running while Telegram is unreachable").isTrue();
				assertThat(bot.stderr()).doesNotContain("DanVan cannot start");

				telegram.faults(null);
				bot.awaitOutput("Receiving updates by long polling", Duration.ofSeconds(30));
				user.send("/start");
				user.awaitText("Xin chào Lan!");
				assertThat(bot.stdout()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(");
				bot.stop();
			}
		}
	}

}
