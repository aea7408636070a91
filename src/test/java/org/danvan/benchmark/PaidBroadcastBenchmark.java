package org.danvan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.danvan.DanVanApplication;
import org.danvan.announcement.Announcement;
import org.danvan.announcement.Announcements;
import org.danvan.announcement.Audience;
import org.danvan.announcement.AudienceKind;
import org.danvan.announcement.Timing;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.FloodLimits;
import org.danvan.support.BulkHarness;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An urgent warning to 10,000 villagers of Kiên Giang (among 50,000 members) sent as
 * Telegram's paid broadcast, against the fake Bot API with Telegram's limits: 30 messages
 * a second free and, with {@code allow_paid_broadcast}, 1,000 (both scaled by
 * {@code -DpaidScale}, 1 by default). Prints the paid sending rate as a fraction of the
 * allowed one, the 429s it provoked, the Stars charged, and how long the same would take
 * at the free rate.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify -Dbenchmark=PaidBroadcastBenchmark}
 */
public final class PaidBroadcastBenchmark {

	static final double SCALE = Double.parseDouble(System.getProperty("paidScale", "1"));

	private PaidBroadcastBenchmark() {
	}

	public static void main(String[] args) {
		Benchmarks.main(PaidBroadcastBenchmark::run);
	}

	private static void run() throws Exception {
		FloodLimits limits = FloodLimits.telegram().scaled(SCALE);
		Path data = Files.createTempDirectory("danvan-paid");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			telegram.floodLimits(limits);
			telegram.startedUsers(AnnouncementBenchmark.FIRST, AnnouncementBenchmark.RECIPIENTS, "vi");
			ConfigurableApplicationContext app = new SpringApplicationBuilder(DanVanApplication.class).run(BulkHarness
				.appArgs(telegram, data, "--danvan.telegram.limits.global-per-second=" + limits.globalPerSecond(),
						"--danvan.telegram.limits.paid-per-second=" + limits.paidPerSecond(),
						"--danvan.telegram.limits.chat-per-second=" + limits.chatPerSecond(),
						"--danvan.telegram.limits.group-per-minute=" + limits.groupPerMinute(),
						"--danvan.announcements.paid-broadcast.enabled=true",
						"--danvan.announcements.paid-broadcast.monthly-budget=5000", "--danvan.incidents.digest-at=",
						"--danvan.enrollment.patrol-evening-at=", "--danvan.enrollment.patrol-morning-at=")
				.toArray(String[]::new));
			AnnouncementBenchmark.store(app);
			Announcements announcements = app.getBean(Announcements.class);
			Instant started = Instant.now();
			Announcement sent = announcements.create(1, new Audience(AudienceKind.AREA, "kg", List.of()), true,
					Map.of("vi", "Lũ lớn: mọi người lên nhà văn hoá ấp ngay.", "km",
							"ទឹកជំនន់ធំ៖ សូមឡើងទៅផ្ទះវប្បធម៌ភ្លាម។", "en",
							"Flood: everyone to the cultural house now."),
					null, null, Timing.now(ZoneId.of("Asia/Ho_Chi_Minh")), null, 1000);
			long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			while (announcements.find(sent.id())
				.flatMap(announcements::progress)
				.filter((progress) -> progress.total() > 0 && progress.done())
				.isEmpty()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Not delivered in 10 minutes");
				}
				Thread.sleep(100);
			}
			List<Instant> times = telegram.calls("sendmessage")
				.stream()
				.filter((call) -> call.params().path("allow_paid_broadcast").asBoolean())
				.map(BotApiStandIn.Call::at)
				.sorted()
				.toList();
			double seconds = Duration.between(times.get(0), times.get(times.size() - 1)).toNanos() / 1e9;
			double rate = (times.size() - 1) / seconds;
			System.out.printf(
					"%nurgent warning to %,d as paid broadcast: first %.1f s after confirming, all in %.1f s = %.0f msg/s "
							+ "of %.0f allowed: ratio %.2f; 429s provoked: %d; Stars charged: %.1f; "
							+ "at the free %.0f msg/s it would take %.0f s%n",
					times.size(), Duration.between(started, times.get(0)).toMillis() / 1000.0, seconds, rate,
					limits.paidPerSecond(), rate / limits.paidPerSecond(), telegram.tooManyRequests(),
					telegram.starsCharged(), limits.globalPerSecond(), times.size() / limits.globalPerSecond());
			app.close();
		}
	}

}
