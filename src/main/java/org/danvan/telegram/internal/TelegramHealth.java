package org.danvan.telegram.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.danvan.telegram.Lane;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the Bot API answers: DOWN when Telegram refuses the bot ({@code getMe}, asked
 * at most once every 30 seconds so that health checks cannot flood Telegram), DEGRADED
 * while no call has succeeded for {@code outage-after} (Telegram itself is failing: sends
 * wait and are retried, so the instance is still ready), UP otherwise. The token is never
 * shown.
 */
@Component("telegram")
class TelegramHealth extends AbstractHealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "No call to Telegram has succeeded for a while");

	private static final Duration CACHE = Duration.ofSeconds(30);

	private final TelegramClient client;

	private final SendScheduler scheduler;

	private final BotApiLink link;

	private final Clock clock;

	private volatile Instant checkedAt = Instant.MIN;

	private volatile Health last;

	TelegramHealth(TelegramClient client, SendScheduler scheduler, BotApiLink link, Clock clock) {
		super("Telegram Bot API check failed");
		this.client = client;
		this.scheduler = scheduler;
		this.link = link;
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
		this.link.outage().ifPresent((outage) -> {
			if (!Status.DOWN.equals(this.last.getStatus())) {
				builder.status(DEGRADED);
			}
			builder.withDetail("noSuccessFor", outage.toSeconds() + "s").withDetail("lastError", this.link.lastError());
		});
		builder.withDetail("interactiveQueue", this.scheduler.depth(Lane.INTERACTIVE))
			.withDetail("bulkQueue", this.scheduler.depth(Lane.BULK));
	}

	/** DOWN only for a definite refusal (a revoked token); a failing Telegram is not. */
	private Health check() {
		try {
			return Health.up().withDetail("bot", this.client.execute(new GetMe()).getUserName()).build();
		}
		catch (TelegramApiException ex) {
			TelegramFailure failure = TelegramFailure.of(ex);
			Health.Builder health = failure.kind().retried() ? Health.up() : Health.down();
			return health.withDetail("error", failure.reason()).build();
		}
	}

}
