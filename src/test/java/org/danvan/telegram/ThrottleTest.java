package org.danvan.telegram;

import java.nio.file.Path;
import java.time.Duration;

import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given one account flooding the bot, then it gets one notice and no more than its share,
 * while everyone else is still answered promptly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThrottleTest {

	static final BotApiStandIn telegram = new BotApiStandIn();

	static final Path data = EndToEndTest.tempDir("danvan-throttle");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		EndToEndTest.properties(registry, telegram, data);
		registry.add("danvan.telegram.inbound-per-minute", () -> "5");
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@Test
	void aFloodingAccountIsThrottledWhileOthersAreAnswered() throws InterruptedException {
		StandInUser flooder = telegram.user(501, "Flood", "en");
		StandInUser neighbour = telegram.user(502, "Dao", "en");

		for (int i = 0; i < 60; i++) {
			flooder.send("message " + i);
		}
		long asked = System.nanoTime();
		neighbour.send("/help");

		neighbour.awaitText("What you can do:");
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(3));
		flooder.awaitText("You are sending messages very fast.");
		Thread.sleep(1500);
		assertThat(flooder.messages()).filteredOn((m) -> m.text().startsWith("You are sending messages very fast"))
			.hasSize(1);
		assertThat(flooder.messages()).filteredOn((m) -> m.text().startsWith("Sorry, I did not understand")).hasSize(5);
	}

}
