package org.danvan.telegram.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.danvan.telegram.Lane;

import org.springframework.stereotype.Component;

/**
 * What the sending does, for Micrometer: sends by lane and outcome, 429s, retries, sends
 * whose connection broke after they went out (they may arrive twice), queue depth and the
 * time from queueing to Telegram's answer, per lane.
 */
@Component
class SendMetrics {

	private final MeterRegistry registry;

	private final Map<Lane, AtomicLong> depth = new EnumMap<>(Lane.class);

	private final Map<Lane, Timer> latency = new EnumMap<>(Lane.class);

	private final Counter tooManyRequests;

	private final Counter retries;

	private final Counter uncertain;

	SendMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (Lane lane : Lane.values()) {
			String name = lane.name().toLowerCase(java.util.Locale.ROOT);
			this.depth.put(lane, registry.gauge("danvan.telegram.queue.depth",
					io.micrometer.core.instrument.Tags.of("lane", name), new AtomicLong()));
			this.latency.put(lane,
					Timer.builder("danvan.telegram.send.latency")
						.tag("lane", name)
						.publishPercentiles(0.5, 0.99)
						.register(registry));
		}
		this.tooManyRequests = registry.counter("danvan.telegram.flood-waits");
		this.retries = registry.counter("danvan.telegram.retries");
		this.uncertain = registry.counter("danvan.telegram.sends.uncertain");
	}

	void queued(Lane lane, int change) {
		this.depth.get(lane).addAndGet(change);
	}

	void finished(Lane lane, SendOutcome outcome, long nanos) {
		String result = (outcome instanceof SendOutcome.Sent) ? "sent"
				: (outcome instanceof SendOutcome.Unreachable) ? "unreachable" : "failed";
		this.registry
			.counter("danvan.telegram.sends", "lane", lane.name().toLowerCase(java.util.Locale.ROOT), "outcome", result)
			.increment();
		this.latency.get(lane).record(nanos, TimeUnit.NANOSECONDS);
	}

	void tooManyRequests() {
		this.tooManyRequests.increment();
	}

	void retried() {
		this.retries.increment();
	}

	/** A call whose connection broke after it went out: Telegram may have done it. */
	void uncertain() {
		this.uncertain.increment();
	}

}
