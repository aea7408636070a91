package org.danvan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.DanVanApplication;
import org.danvan.access.Member;
import org.danvan.announcement.Announcement;
import org.danvan.announcement.Announcements;
import org.danvan.announcement.Audience;
import org.danvan.announcement.AudienceKind;
import org.danvan.announcement.AudienceMembers;
import org.danvan.announcement.Reach;
import org.danvan.announcement.Timing;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.FloodLimits;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An announcement to a whole province: 10,000 villagers of Kiên Giang (Vietnamese, Khmer,
 * English) among 50,000 members, sent through the delivery gateway against the fake Bot
 * API with Telegram's flood limits (scaled, {@code -Dscale=4} by default). Prints the
 * preview's computation time (p50/p99 over 20 runs) and the achieved sending rate as a
 * fraction of the allowed one, with the 429s it provoked.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify -Dbenchmark=AnnouncementBenchmark}
 */
public final class AnnouncementBenchmark {

	static final double SCALE = Double.parseDouble(System.getProperty("scale", "4"));

	static final int RECIPIENTS = 10_000;

	static final int MEMBERS = 50_000;

	static final long FIRST = 5_000_000;

	static final int RUNS = 20;

	private AnnouncementBenchmark() {
	}

	public static void main(String[] args) {
		Benchmarks.main(AnnouncementBenchmark::run);
	}

	private static void run() throws Exception {
		FloodLimits limits = FloodLimits.telegram().scaled(SCALE);
		Path data = Files.createTempDirectory("danvan-announcements");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			telegram.floodLimits(limits);
			telegram.startedUsers(FIRST, RECIPIENTS, "vi");
			ConfigurableApplicationContext app = new SpringApplicationBuilder(DanVanApplication.class).run(BulkHarness
				.appArgs(telegram, data, "--danvan.telegram.limits.global-per-second=" + limits.globalPerSecond(),
						"--danvan.telegram.limits.chat-per-second=" + limits.chatPerSecond(),
						"--danvan.telegram.limits.group-per-minute=" + limits.groupPerMinute(),
						"--danvan.announcements.quiet-hours=", "--danvan.incidents.digest-at=",
						"--danvan.enrollment.patrol-evening-at=", "--danvan.enrollment.patrol-morning-at=")
				.toArray(String[]::new));
			store(app);
			AudienceMembers audiences = app.getBean(AudienceMembers.class);
			Audience province = new Audience(AudienceKind.AREA, "kg", List.of());
			List<String> versions = List.of("vi", "km", "en");
			long cold = System.nanoTime();
			Reach reach = audiences.reach(province, versions, false);
			long coldMillis = (System.nanoTime() - cold) / 1_000_000;
			List<Long> previews = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				reach = audiences.reach(province, versions, false);
				previews.add((System.nanoTime() - start) / 1_000_000);
			}
			System.out.printf(
					"%npreview of a province-wide audience (%,d of %,d members): first %d ms, then p50 %d ms, p99 %d ms%n",
					reach.total(), MEMBERS, coldMillis, Benchmarks.percentile(previews, 50),
					Benchmarks.percentile(previews, 99));

			Announcements announcements = app.getBean(Announcements.class);
			Instant started = Instant.now();
			Announcement sent = announcements.create(1, province, false,
					Map.of("vi", "Họp dân tại nhà văn hoá ấp lúc 19:00.", "km", "ប្រជុំនៅផ្ទះវប្បធម៌ម៉ោង 19:00។", "en",
							"Village meeting at the cultural house at 19:00."),
					null, null, Timing.now(ZoneId.of("Asia/Ho_Chi_Minh")), null);
			long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			while (announcements.find(sent.id())
				.flatMap(announcements::progress)
				.filter((progress) -> progress.total() > 0 && progress.done())
				.isEmpty()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Not delivered in 10 minutes");
				}
				Thread.sleep(250);
			}
			List<Instant> times = telegram.calls("sendmessage")
				.stream()
				.filter((call) -> call.params().path("chat_id").asLong() >= FIRST
						&& call.params().path("chat_id").asLong() < FIRST + RECIPIENTS)
				.map(BotApiStandIn.Call::at)
				.sorted()
				.toList();
			double seconds = Duration.between(times.get(0), times.get(times.size() - 1)).toNanos() / 1e9;
			double rate = (times.size() - 1) / seconds;
			System.out.printf(
					"announcement to %,d: first delivery %.1f s after confirming, all in %.1f s = %.0f msg/s of %.0f "
							+ "allowed: ratio %.2f; 429s provoked: %d%n",
					times.size(), Duration.between(started, times.get(0)).toMillis() / 1000.0, seconds, rate,
					limits.globalPerSecond(), rate / limits.globalPerSecond(), telegram.tooManyRequests());
			app.close();
		}
	}

	/**
	 * The recipients spread over Kiên Giang's villages, seven in ten reading Vietnamese,
	 * two Khmer, one English; the other members live in Lạng Sơn.
	 */
	static void store(ConfigurableApplicationContext app) {
		MongoTemplate mongo = app.getBean(MongoTemplate.class);
		List<Area> kienGiang = app.getBean(AreaManagement.class).villages("kg");
		List<Area> langSon = app.getBean(AreaManagement.class).villages("ls");
		Instant now = Instant.now();
		List<Member> batch = new ArrayList<>();
		for (int i = 0; i < MEMBERS; i++) {
			boolean recipient = i < RECIPIENTS;
			String language = (i % 10 < 7) ? "vi" : (i % 10 < 9) ? "km" : "en";
			String village = recipient ? kienGiang.get(i % kienGiang.size()).id()
					: langSon.get(i % langSon.size()).id();
			long id = recipient ? FIRST + i : FIRST + 1_000_000 + i;
			batch
				.add(new Member(id, "P" + i, null, null, language, language, true, village, List.of(), now, now, true));
			if (batch.size() == 1000) {
				mongo.insert(batch, Member.class);
				batch.clear();
			}
		}
	}

}
