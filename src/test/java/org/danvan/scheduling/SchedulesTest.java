package org.danvan.scheduling;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.danvan.DanVanApplication;
import org.danvan.support.BulkHarness;
import org.danvan.support.FakeTelegram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given timed work kept in MongoDB, then it fires once at its time even with two
 * instances on one database, and work that fell due while the bot was down runs once when
 * it starts again.
 */
class SchedulesTest {

	static final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

	@TempDir
	Path dataA;

	@TempDir
	Path dataB;

	@Test
	void twoInstancesFireEachScheduleOnce() {
		try (FakeTelegram telegram = new FakeTelegram();
				ConfigurableApplicationContext a = start(BulkHarness.appArgs(telegram, this.dataA))) {
			String uri = a.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
			List<String> argsB = new ArrayList<>(BulkHarness.appArgs(telegram, this.dataB));
			argsB.replaceAll((arg) -> arg.startsWith("--spring.mongodb.uri=") ? "--spring.mongodb.uri=" + uri : arg);
			a.getBean(Schedules.class)
				.once("twice-1", Instant.now().plusSeconds(4), CountingTask.NAME, Map.of("id", "twice-1"));
			try (ConfigurableApplicationContext b = start(argsB)) {
				FakeTelegram.await(() -> count("twice-1") >= 1, Duration.ofSeconds(20), "the schedule to fire");
				sleep(1500);
				assertThat(count("twice-1")).isEqualTo(1);
			}
		}
	}

	@Test
	void workThatFellDueWhileDownRunsOnceAtStart() {
		try (FakeTelegram telegram = new FakeTelegram()) {
			try (ConfigurableApplicationContext before = start(BulkHarness.appArgs(telegram, this.dataA))) {
				before.getBean(Schedules.class)
					.once("late-1", Instant.now().plusSeconds(2), CountingTask.NAME, Map.of("id", "late-1"));
			}
			sleep(3000);
			assertThat(count("late-1")).isZero();
			try (ConfigurableApplicationContext after = start(BulkHarness.appArgs(telegram, this.dataA))) {
				FakeTelegram.await(() -> count("late-1") == 1, Duration.ofSeconds(20), "the late schedule to run");
			}
			try (ConfigurableApplicationContext again = start(BulkHarness.appArgs(telegram, this.dataA))) {
				sleep(1500);
				assertThat(count("late-1")).isEqualTo(1);
			}
		}
	}

	static int count(String id) {
		return runs.getOrDefault(id, new AtomicInteger()).get();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ConfigurableApplicationContext start(List<String> args) {
		return new SpringApplicationBuilder(DanVanApplication.class, CountingTask.class)
			.run(args.toArray(String[]::new));
	}

	/** A task that counts its runs, across every instance in this JVM. */
	@Configuration(proxyBeanMethods = false)
	static class CountingTask {

		static final String NAME = "test.count";

		@Bean
		TimedTask countingTask() {
			return new TimedTask() {
				@Override
				public String name() {
					return NAME;
				}

				@Override
				public void run(Map<String, String> data) {
					runs.computeIfAbsent(data.get("id"), (id) -> new AtomicInteger()).incrementAndGet();
				}
			};
		}

	}

}
