package org.danvan.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.danvan.DanVanApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A clock a test sets: it runs on from the instant it was last set, as real time passes,
 * so that timed work set for a local time can be made due in seconds.
 */
public final class TestClock extends Clock {

	private volatile Instant setTo = Instant.now();

	private volatile long setAtNanos = System.nanoTime();

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** A moment in Vietnam's local time. */
	public static Instant vietnam(int year, int month, int day, int hour, int minute, int second) {
		return LocalDateTime.of(year, month, day, hour, minute, second).atZone(VIETNAM).toInstant();
	}

	/** Starts the whole bot with this clock as its clock. */
	public ConfigurableApplicationContext startApp(List<String> args) {
		return new SpringApplicationBuilder(DanVanApplication.class)
			.initializers((ConfigurableApplicationContext context) -> context.getBeanFactory()
				.registerSingleton("testClock", this))
			.run(args.toArray(String[]::new));
	}

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
