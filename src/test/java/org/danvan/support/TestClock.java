package org.danvan.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets: it runs on from the instant it was last set, as real time passes,
 * so that timed work set for a local time can be made due in seconds.
 */
public final class TestClock extends Clock {

	private volatile Instant setTo = Instant.now();

	private volatile long setAtNanos = System.nanoTime();

	public void set(Instant instant) {
		this.setAtNanos = System.nanoTime();
		this.setTo = instant;
	}

	@Override
	public Instant instant() {
		return this.setTo.plusNanos(System.nanoTime() - this.setAtNanos);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TestClock outer = this;
		return new Clock() {
			@Override
			public Instant instant() {
				return outer.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return outer.withZone(other);
			}
		};
	}

}
