package org.danvan.telegram.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.Faults;
import org.danvan.telegram.SendLimits;
import org.danvan.telegram.TelegramSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given Telegram failing for longer than {@code outage-after}, then one ERROR line and
 * health DEGRADED; when calls succeed again, UP. A refused token is DOWN.
 */
@ExtendWith(OutputCaptureExtension.class)
class BotApiLinkTest {

	final BotApiStandIn telegram = new BotApiStandIn();

	SendScheduler scheduler;

	@AfterEach
	void close() {
		this.scheduler.close();
		this.telegram.close();
	}

	@Test
	void aLongOutageIsOneErrorLineAndDegradedUntilTelegramAnswersAgain(CapturedOutput output) throws Exception {
		BotApiLink link = new BotApiLink(settings(BotApiStandIn.TOKEN));
		TelegramClient client = client(link, BotApiStandIn.TOKEN);
		TelegramHealth health = health(client, link);
		assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);

		this.telegram.faults(new Faults(3).on("getMe", new Faults.Mix(0.5, 0.5, 0, 0, 0, Duration.ZERO)));
		long start = System.nanoTime();
		while (System.nanoTime() - start < Duration.ofMillis(1300).toNanos()) {
			assertThat(getMe(client)).isFalse();
			Thread.sleep(50);
		}

		assertThat(link.outage()).isPresent();
		assertThat(health.health(true).getStatus()).isEqualTo(TelegramHealth.DEGRADED);
		assertThat(health.health(true).getDetails()).containsKey("noSuccessFor").containsKey("lastError");
		assertThat(output.getOut().lines().filter((line) -> line.contains("No call to Telegram has succeeded")))
			.hasSize(1)
			.allMatch((line) -> line.contains("ERROR"));

		this.telegram.faults(null);
		assertThat(getMe(client)).isTrue();

		assertThat(link.outage()).isEmpty();
		assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
		assertThat(output.getOut()).contains("Telegram answers again");
	}

	@Test
	void aShortFailureIsNoOutage() {
		BotApiLink link = new BotApiLink(settings(BotApiStandIn.TOKEN));
		TelegramClient client = client(link, BotApiStandIn.TOKEN);
		this.telegram.faults(new Faults(3).on("getMe", new Faults.Mix(0, 1, 0, 0, 0, Duration.ZERO)));

		assertThat(getMe(client)).isFalse();

		assertThat(link.outage()).isEmpty();
		assertThat(health(client, link).health(true).getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aRefusedTokenIsDown() {
		BotApiLink link = new BotApiLink(settings("1:RevokedTokenWellFormedButRefused_01234"));

		assertThat(health(client(link, "1:RevokedTokenWellFormedButRefused_01234"), link).health(true).getStatus())
			.isEqualTo(Status.DOWN);
	}

	private TelegramHealth health(TelegramClient client, BotApiLink link) {
		if (this.scheduler == null) {
			this.scheduler = new SendScheduler(client, limits(), new SendMetrics(new SimpleMeterRegistry()),
					(chat) -> false);
		}
		return new TelegramHealth(client, this.scheduler, link, Clock.systemUTC());
	}

	private TelegramClient client(BotApiLink link, String token) {
		TelegramClientConfiguration configuration = new TelegramClientConfiguration();
		TelegramSettings settings = settings(token);
		return configuration.telegramClient(configuration.telegramHttpClient(settings, link), settings, limits(),
				TelegramClientConfiguration.telegramUrl(settings.apiUrl()));
	}

	private TelegramSettings settings(String token) {
		return new TelegramSettings(token, URI.create(this.telegram.url()), null, null, "/webhook",
				Duration.ofSeconds(1), 1, 10, 1, Duration.ofSeconds(1), 20, Duration.ofSeconds(1));
	}

	private static SendLimits limits() {
		return new SendLimits(30, 1, 3, 20, 1, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofSeconds(30),
				Duration.ofMinutes(1), 1000);
	}

	private static boolean getMe(TelegramClient client) {
		try {
			client.execute(new GetMe());
			return true;
		}
		catch (TelegramApiException ex) {
			return false;
		}
	}

}
