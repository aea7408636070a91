package org.danvan.scheduling;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.danvan.DanVanApplication;
import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
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

	static final Map<String, List<Instant>> runTimes = new ConcurrentHashMap<>();

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	@TempDir
	Path dataA;

	@TempDir
	Path dataB;

	@Test
	void twoInstancesFireEachScheduleOnce() {
		try (BotApiStandIn telegram = new BotApiStandIn();
				ConfigurableApplicationContext a = start(BulkHarness.appArgs(telegram, this.dataA))) {
			String uri = a.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
			List<String> argsB = new ArrayList<>(BulkHarness.appArgs(telegram, this.dataB));
			argsB.replaceAll((arg) -> arg.startsWith("--spring.mongodb.uri=") ? "--spring.mongodb.uri=" + uri : arg);
			a.getBean(Schedules.class)
				.once("twice-1", Instant.now().plusSeconds(4), CountingTask.NAME, Map.of("id", "twice-1"));
			try (ConfigurableApplicationContext b = start(argsB)) {
				BotApiStandIn.await(() -> count("twice-1") >= 1, Duration.ofSeconds(20), "the schedule to fire");
				sleep(1500);
				assertThat(count("twice-1")).isEqualTo(1);
			}
		}
	}

	@Test
	void workThatFellDueWhileDownRunsOnceAtStart() {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			try (ConfigurableApplicationContext before = start(BulkHarness.appArgs(telegram, this.dataA))) {
				before.getBean(Schedules.class)
					.once("late-1", Instant.now().plusSeconds(2), CountingTask.NAME, Map.of("id", "late-1"));
			}
			sleep(3000);
			assertThat(count("late-1")).isZero();
			try (ConfigurableApplicationContext after = start(BulkHarness.appArgs(telegram, this.dataA))) {
				BotApiStandIn.await(() -> count("late-1") == 1, Duration.ofSeconds(20), "the late schedule to run");
			}
			try (ConfigurableApplicationContext again = start(BulkHarness.appArgs(telegram, this.dataA))) {
				sleep(1500);
				assertThat(count("late-1")).isEqualTo(1);
			}
		}
	}

	@Test
	void twoInstancesRunEachFiringOfARecurringScheduleOnce() {
		try (BotApiStandIn telegram = new BotApiStandIn();
				ConfigurableApplicationContext a = start(BulkHarness.appArgs(telegram, this.dataA))) {
			String uri = a.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
			List<String> argsB = new ArrayList<>(BulkHarness.appArgs(telegram, this.dataB));
			argsB.replaceAll((arg) -> arg.startsWith("--spring.mongodb.uri=") ? "--spring.mongodb.uri=" + uri : arg);
			try (ConfigurableApplicationContext b = start(argsB)) {
				a.getBean(Schedules.class)
					.recurring("every-2s", "0/2 * * * * ?", HANOI, CountingTask.NAME, Map.of("id", "every-2s"),
							Misfire.RUN_ONCE);
				b.getBean(Schedules.class)
					.recurring("every-2s", "0/2 * * * * ?", HANOI, CountingTask.NAME, Map.of("id", "every-2s"),
							Misfire.RUN_ONCE);
				BotApiStandIn.await(() -> count("every-2s") >= 4, Duration.ofSeconds(20), "four firings");
				a.getBean(Schedules.class).stopRecurring("every-2s");
			}
		}
		List<Instant> at = times("every-2s");
		for (int i = 1; i < at.size(); i++) {
			assertThat(Duration.between(at.get(i - 1), at.get(i))).as("run %d after run %d", i, i - 1)
				.isGreaterThan(Duration.ofMillis(1500));
		}
	}

	@Test
	void aDailyScheduleMissedWhileDownRunsOnceOrWaitsByItsRule() {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			ZonedDateTime soon;
			try (ConfigurableApplicationContext before = start(BulkHarness.appArgs(telegram, this.dataA))) {
				soon = ZonedDateTime.now(HANOI).plusSeconds(3);
				String cron = soon.getSecond() + " " + soon.getMinute() + " " + soon.getHour() + " * * ?";
				Schedules schedules = before.getBean(Schedules.class);
				schedules.recurring("daily-once", cron, HANOI, CountingTask.NAME, Map.of("id", "daily-once"),
						Misfire.RUN_ONCE);
				schedules.recurring("daily-skip", cron, HANOI, CountingTask.NAME, Map.of("id", "daily-skip"),
						Misfire.SKIP);
				assertThat(schedules.jobs()).filteredOn((job) -> job.key().startsWith("daily-"))
					.allMatch((job) -> job.nextFireAt().equals(soon.withNano(0).toInstant()));
			}
			sleep(Duration.between(ZonedDateTime.now(HANOI), soon).toMillis() + 1500);
			assertThat(count("daily-once")).isZero();
			try (ConfigurableApplicationContext after = start(BulkHarness.appArgs(telegram, this.dataA))) {
				BotApiStandIn.await(() -> count("daily-once") == 1, Duration.ofSeconds(20), "the missed run");
				sleep(1500);
				assertThat(count("daily-once")).isEqualTo(1);
				assertThat(count("daily-skip")).isZero();
				List<ScheduledJob> jobs = after.getBean(Schedules.class).jobs();
				ZonedDateTime tomorrow = soon.withNano(0).plusDays(1);
				assertThat(jobs).filteredOn((job) -> job.key().startsWith("daily-"))
					.hasSize(2)
					.allMatch((job) -> job.nextFireAt().equals(tomorrow.toInstant()));
				assertThat(jobs).filteredOn((job) -> job.key().equals("daily-once"))
					.extracting(ScheduledJob::lastResult)
					.containsExactly("ok");
			}
		}
	}

	@Test
	void aFiringAMomentEarlyStillRunsAndMovesToTheNext() {
		try (BotApiStandIn telegram = new BotApiStandIn();
				ConfigurableApplicationContext app = start(BulkHarness.appArgs(telegram, this.dataA))) {
			Schedules schedules = app.getBean(Schedules.class);
			schedules.recurring("early", "0/10 * * * * ?", HANOI, CountingTask.NAME, Map.of("id", "early"),
					Misfire.RUN_ONCE);
			Instant due = schedules.nextRun("early").orElseThrow();
			sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis() - 500));

			schedules.fireRecurring("early");

			assertThat(count("early")).isEqualTo(1);
			assertThat(schedules.nextRun("early")).hasValue(due.plusSeconds(10));
			schedules.stopRecurring("early");
		}
	}

	static List<Instant> times(String id) {
		return List.copyOf(runTimes.getOrDefault(id, List.of()));
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
					runTimes.computeIfAbsent(data.get("id"), (id) -> new java.util.concurrent.CopyOnWriteArrayList<>())
						.add(Instant.now());
					runs.computeIfAbsent(data.get("id"), (id) -> new AtomicInteger()).incrementAndGet();
				}
			};
		}

	}

}
