package org.danvan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.danvan.DanVanApplication;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.incident.Category;
import org.danvan.incident.Incident;
import org.danvan.incident.Status;
import org.danvan.scheduling.TimedTask;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Prints: time from a reporter's confirm to the last of 50 officer alerts, p50/p99 over
 * 20 reports; and {@code /incidents} answer time with 100,000 incidents stored, p50/p99.
 * The bot runs in this JVM against the fake Bot API, with the embedded database.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify -Dbenchmark=IncidentBenchmark}
 */
public final class IncidentBenchmark {

	static final int OFFICERS = 50;

	static final int STORED = 100_000;

	private IncidentBenchmark() {
	}

	public static void main(String[] args) {
		Benchmarks.main(IncidentBenchmark::run);
	}

	private static void run() throws Exception {
		Path data = Files.createTempDirectory("danvan-incidents");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			ConfigurableApplicationContext app = start(telegram, data);
			AreaManagement areas = app.getBean(AreaManagement.class);
			MemberManagement members = app.getBean(MemberManagement.class);
			Area commune = areas.children(areas.children("kg").get(0).id()).get(0);
			Area village = areas.children(commune.id()).get(0);
			List<StandInUser> officers = new ArrayList<>();
			for (int i = 0; i < OFFICERS; i++) {
				StandInUser officer = telegram.user(900_000 + i, "Officer" + i, "vi");
				officer.send("/help");
				officer.awaitText("Những việc");
				members.grant(0, officer.id(), new Grant(Role.OFFICER, commune.id()));
				officers.add(officer);
			}
			List<Long> alerts = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				alerts.add(reportAndAwaitAlerts(telegram.user(800_000 + i, "Villager" + i, "en"), village, officers));
			}
			System.out.printf("%nconfirm to last of %d officer alerts: p50 %d ms, p99 %d ms%n", OFFICERS,
					Benchmarks.percentile(alerts, 50), Benchmarks.percentile(alerts, 99));

			MongoTemplate mongo = app.getBean(MongoTemplate.class);
			store(mongo, village);
			// Stored behind the bot's back, as an older version's data: start-up builds
			// the
			// open-incident index from them once.
			mongo.remove(Query.query(Criteria.where("_id").is("~built")), "open_incidents");
			app.close();
			long restart = System.nanoTime();
			app = start(telegram, data);
			System.out.printf("start-up building the index over %,d incidents: %d ms%n", STORED,
					(System.nanoTime() - restart) / 1_000_000);

			// A different person each time: one chat gets at most one message a second.
			List<Long> lists = new ArrayList<>();
			List<Long> filtered = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				StandInUser officer = officers.get(i);
				int before = officer.messages().size();
				long start = System.nanoTime();
				officer.send("/incidents");
				BotApiStandIn.await(() -> officer.messages().size() > before, Duration.ofSeconds(60), "the list");
				lists.add((System.nanoTime() - start) / 1_000_000);
				BotMessage list = officer.messages().get(before);
				int edits = list.edits();
				start = System.nanoTime();
				officer.press(list, "▶");
				BotApiStandIn.await(() -> officer.messages().get(before).edits() > edits, Duration.ofSeconds(60),
						"page two");
				filtered.add((System.nanoTime() - start) / 1_000_000);
			}
			System.out.printf("/incidents with %,d incidents stored (%,d open in the commune): p50 %d ms, p99 %d ms%n",
					STORED, STORED / 10, Benchmarks.percentile(lists, 50), Benchmarks.percentile(lists, 99));
			System.out.printf("its next page: p50 %d ms, p99 %d ms%n", Benchmarks.percentile(filtered, 50),
					Benchmarks.percentile(filtered, 99));

			List<Long> mine = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				StandInUser reporter = telegram.user(800_000 + i, "Villager" + i, "en");
				int before = reporter.messages().size();
				long start = System.nanoTime();
				reporter.send("/mine");
				BotApiStandIn.await(() -> reporter.messages().size() > before, Duration.ofSeconds(60), "/mine");
				mine.add((System.nanoTime() - start) / 1_000_000);
			}
			System.out.printf("/mine with %,d incidents stored (51 by this reporter): p50 %d ms, p99 %d ms%n", STORED,
					Benchmarks.percentile(mine, 50), Benchmarks.percentile(mine, 99));

			List<Long> busy = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				busy.add(reportAndAwaitAlerts(telegram.user(810_000 + i, "Later" + i, "en"), village, officers));
			}
			System.out.printf("confirm to last of %d officer alerts with %,d incidents stored: p50 %d ms, p99 %d ms%n",
					OFFICERS, STORED, Benchmarks.percentile(busy, 50), Benchmarks.percentile(busy, 99));

			TimedTask digest = app.getBeansOfType(TimedTask.class)
				.values()
				.stream()
				.filter((task) -> task.name().equals("incident.digest"))
				.findFirst()
				.orElseThrow();
			Map<StandInUser, Integer> before = new HashMap<>();
			officers.forEach((officer) -> before.put(officer, officer.messages().size()));
			long start = System.nanoTime();
			digest.run(Map.of("area", "kg"));
			long run = (System.nanoTime() - start) / 1_000_000;
			BotApiStandIn.await(() -> officers.stream().allMatch((o) -> o.messages().size() > before.get(o)),
					Duration.ofSeconds(120), "every officer's digest");
			System.out.printf(
					"officers' morning digest over %,d incidents, %d officers: run (reads, and %d digests "
							+ "written as durable jobs) %d ms, last digest delivered %d ms%n",
					STORED, OFFICERS, OFFICERS, run, (System.nanoTime() - start) / 1_000_000);
			app.close();
		}
	}

	private static ConfigurableApplicationContext start(BotApiStandIn telegram, Path data) {
		return new SpringApplicationBuilder(DanVanApplication.class)
			.run(BulkHarness.appArgs(telegram, data, "--danvan.telegram.inbound-per-minute=10000")
				.toArray(String[]::new));
	}

	private static long reportAndAwaitAlerts(StandInUser villager, Area village, List<StandInUser> officers) {
		villager.send("/report");
		villager.press(villager.awaitText("What do you want to report?"), "Something else");
		villager.awaitText("Describe what you saw");
		villager.send("Benchmark report from " + villager.id());
		villager.awaitText("Where is it?");
		villager.shareLocation(village.location().lat(), village.location().lon());
		villager.press(villager.awaitText("You can send up to 5 photos"), "Done");
		villager.press(villager.awaitText("Is it urgent"), "No, not urgent");
		villager.press(villager.awaitText("Should officers see your name?"), "Send with my name");
		var summary = villager.await(
				(m) -> m.text().startsWith("Please check your report:")
						|| m.text().startsWith("Others have already reported"),
				"the summary or the same-problem offer");
		if (summary.text().startsWith("Others")) {
			villager.press(summary, "No, a different problem");
			summary = villager.awaitText("Please check your report:");
		}
		long start = System.nanoTime();
		villager.press(summary, "Send the report");
		String text = villager.awaitText("reference is").text();
		String code = text.substring(text.indexOf("reference is ") + 13).split(";")[0].trim();
		BotApiStandIn.await(
				() -> officers.stream().allMatch((o) -> o.messages().stream().anyMatch((m) -> m.text().contains(code))),
				Duration.ofSeconds(60), "every officer alerted");
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * Incidents over the whole tree, a tenth of them still open in the officer's commune.
	 */
	static void store(MongoTemplate mongo, Area village) {
		List<Incident> batch = new ArrayList<>();
		Map<String, List<String>> byDay = new HashMap<>();
		Instant now = Instant.now();
		for (int i = 0; i < STORED; i++) {
			boolean open = i % 10 == 0;
			Instant at = now.minusSeconds(ThreadLocalRandom.current().nextInt(10_000_000));
			String code = String.format("BM-%06d", i);
			batch.add(new Incident(code, "bench-" + i, Category.values()[i % 9], "Stored for the benchmark", null,
					village.id(), village.path(), null, null, null, List.of(), i % 7 == 0,
					(i % 100 == 0) ? 800_000L + (i / 100) % 20 : 1L, null, open ? Status.NEW : Status.RESOLVED, null,
					List.of(new Incident.Change(Status.NEW, null, now, null)), at, List.of(), List.of()));
			byDay
				.computeIfAbsent(village.id() + ":" + at.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
						(key) -> new ArrayList<>())
				.add(code);
			if (batch.size() == 5_000) {
				mongo.insertAll(batch);
				batch.clear();
			}
		}
		mongo.insertAll(batch);
		// The per-day documents the digests read, as reporting writes them.
		byDay.forEach((key, codes) -> mongo.upsert(Query.query(Criteria.where("_id").is(key)),
				new Update().addToSet("codes").each(codes.toArray()), "incidents_by_day"));
	}

}
