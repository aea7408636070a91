package org.danvan.telegram;

import java.time.Duration;

import org.danvan.support.EndToEndTest;
import org.danvan.support.FakeUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given one account flooding the bot, then it gets one notice and no more than its share,
 * while everyone else is still answered promptly.
 */
class ThrottleTest extends EndToEndTest {

	@Test
	void aFloodingAccountIsThrottledWhileOthersAreAnswered() throws InterruptedException {
		FakeUser flooder = newUser("Flood", "en");
		FakeUser neighbour = newUser("Dao", "en");

		for (int i = 0; i < 60; i++) {
			flooder.send("message " + i);
		}
		long asked = System.nanoTime();
		neighbour.send("/help");

		neighbour.awaitText("What you can do:");
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
		flooder.awaitText("You are sending messages very fast.");
		Thread.sleep(1000);
		assertThat(flooder.messages()).filteredOn((m) -> m.text().startsWith("You are sending messages very fast"))
			.hasSize(1);
		assertThat(flooder.messages()).filteredOn((m) -> m.text().startsWith("Sorry, I did not understand"))
			.hasSizeBetween(15, 21);
	}

}
