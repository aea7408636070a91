package org.danvan.telegram.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether the Bot API answers: {@code getMe}, asked at most once every 30 seconds so that
 * health checks cannot flood Telegram. The token is never shown.
 */
@Component("telegram")
class TelegramHealth extends AbstractHealthIndicator {

	private static final Duration CACHE = Duration.ofSeconds(30);

	private final TelegramClient client;

	private final SendScheduler scheduler;

	private final Clock clock;

	private volatile Instant checkedAt = Instant.MIN;

	private volatile Health last;

	TelegramHealth(TelegramClient client, SendScheduler scheduler, Clock clock) {
		super("Telegram Bot API check failed");
		this.client = client;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Instant now = this.clock.instant();
		if (this.last == null || now.isAfter(this.checkedAt.plus(CACHE))) {
			this.last = check();
			this.checkedAt = now;
		}
		builder.status(this.last.getStatus()).withDetails(this.last.getDetails());
		builder.withDetail("interactiveQueue", this.scheduler.depth(org.danvan.telegram.Lane.INTERACTIVE))
			.withDetail("bulkQueue", this.scheduler.depth(org.danvan.telegram.Lane.BULK));
	}

	private Health check() {
		try {
			return Health.up().withDetail("bot", this.client.execute(new GetMe()).getUserName()).build();
		}
		catch (TelegramApiException ex) {
			return Health.down().withDetail("error", String.valueOf(ex.getMessage())).build();
		}
	}

}
