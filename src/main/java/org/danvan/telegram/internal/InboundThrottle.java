package org.danvan.telegram.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.danvan.telegram.TelegramSettings;

import org.springframework.stereotype.Component;

/**
 * Limits how much one person can make the bot do, so a flooding account cannot starve the
 * others: a bucket of {@code inboundPerMinute} tokens per person, refilled continuously.
 * The first message over the limit gets a notice; the rest are dropped until tokens
 * return.
 */
@Component
class InboundThrottle {

	/** What to do with one message. */
	enum Verdict {

		HANDLE, NOTIFY, DROP

	}

	private static final int MAX_TRACKED = 100_000;

	private final double perMillisecond;

	private final double capacity;

	private final Clock clock;

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	InboundThrottle(TelegramSettings settings, Clock clock) {
		this.capacity = settings.inboundPerMinute();
		this.perMillisecond = settings.inboundPerMinute() / 60_000.0;
		this.clock = clock;
	}

	Verdict check(long userId) {
		long now = this.clock.millis();
		if (this.buckets.size() > MAX_TRACKED) {
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
		return this.buckets.computeIfAbsent(userId, (id) -> new Bucket(now)).take(now);
	}

	private final class Bucket {

		private double tokens = InboundThrottle.this.capacity;

		private long updatedAt;

		private boolean notified;

		Bucket(long now) {
			this.updatedAt = now;
		}

		synchronized Verdict take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				this.notified = false;
				return Verdict.HANDLE;
			}
			if (this.notified) {
				return Verdict.DROP;
			}
			this.notified = true;
			return Verdict.NOTIFY;
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.tokens >= InboundThrottle.this.capacity;
		}

		private void refill(long now) {
			this.tokens = Math.min(InboundThrottle.this.capacity,
					this.tokens + (now - this.updatedAt) * InboundThrottle.this.perMillisecond);
			this.updatedAt = now;
		}

	}

}
