package org.danvan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.danvan.DanVanApplication;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.Household;
import org.danvan.enrollment.HouseholdStatus;
import org.danvan.enrollment.PatrolRota;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Prints {@code /enrollment} answer times for a province with 50,000 households and 2,000
 * groups, every group with a patrol rota and half of them walked this week (p50/p99 over
 * 20 coordinators), a drill into a commune and into a village, the time to rebuild every
 * total, and a CSV export of the whole province. The bot runs in this JVM against the
 * fake Bot API, with the embedded database.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify -Dbenchmark=EnrollmentBenchmark}
 */
public final class EnrollmentBenchmark {

	static final int HOUSEHOLDS = 50_000;

	static final int GROUPS = 2_000;

	static final int RUNS = 20;

	private EnrollmentBenchmark() {
	}

	public static void main(String[] args) {
		Benchmarks.main(EnrollmentBenchmark::run);
	}

	private static void run() throws Exception {
		Path data = Files.createTempDirectory("danvan-enrollment");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			ConfigurableApplicationContext app = new SpringApplicationBuilder(DanVanApplication.class)
				.run(BulkHarness.appArgs(telegram, data, "--danvan.telegram.inbound-per-minute=10000")
					.toArray(String[]::new));
			AreaManagement areas = app.getBean(AreaManagement.class);
			EnrollmentManagement enrollment = app.getBean(EnrollmentManagement.class);
			List<Area> villages = areas.villages("kg");
			long seed = System.nanoTime();
			store(app.getBean(MongoTemplate.class), villages);
			long stored = (System.nanoTime() - seed) / 1_000_000;
			long rebuild = System.nanoTime();
			int documents = enrollment.rebuild();
			System.out.printf(
					"%nstored %,d households and %,d groups in %d villages: %d ms; rebuilding every total "
							+ "(%d documents): %d ms%n",
					HOUSEHOLDS, GROUPS, villages.size(), stored, documents, (System.nanoTime() - rebuild) / 1_000_000);

			MemberManagement members = app.getBean(MemberManagement.class);
			List<StandInUser> coordinators = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				StandInUser coordinator = telegram.user(700_000 + i, "Coordinator" + i, "en");
				coordinator.send("/help");
				coordinator.awaitText("What you can do:");
				members.grant(0, coordinator.id(), new Grant(Role.COORDINATOR, "kg"));
				coordinators.add(coordinator);
			}
			Area commune = areas.children(areas.children("kg").get(0).id()).get(2);
			Area village = areas.children(commune.id()).get(0);
			List<Long> summary = new ArrayList<>();
			List<Long> communeDrill = new ArrayList<>();
			List<Long> villageDrill = new ArrayList<>();
			for (StandInUser coordinator : coordinators) {
				int before = coordinator.messages().size();
				long start = System.nanoTime();
				coordinator.send("/enrollment");
				BotApiStandIn.await(() -> coordinator.messages().size() > before, Duration.ofSeconds(60),
						"the summary");
				summary.add((System.nanoTime() - start) / 1_000_000);
				BotMessage province = coordinator.messages().get(before);
				communeDrill.add(press(coordinator, province, "enl:area:" + commune.id()));
				villageDrill.add(press(coordinator, province, "enl:area:" + village.id()));
			}
			System.out.printf("/enrollment for the province (%,d households, %,d groups): p50 %d ms, p99 %d ms%n",
					HOUSEHOLDS, GROUPS, Benchmarks.percentile(summary, 50), Benchmarks.percentile(summary, 99));
			System.out.printf("drill into a commune: p50 %d ms, p99 %d ms%n", Benchmarks.percentile(communeDrill, 50),
					Benchmarks.percentile(communeDrill, 99));
			System.out.printf("drill into a village (%d groups): p50 %d ms, p99 %d ms%n",
					enrollment.groupsOf(village.id()).size(), Benchmarks.percentile(villageDrill, 50),
					Benchmarks.percentile(villageDrill, 99));

			StandInUser exporter = coordinators.get(0);
			long start = System.nanoTime();
			exporter.send("/export enrollment");
			BotApiStandIn.await(() -> exporter.messages()
				.stream()
				.filter((m) -> m.media() != null && m.media().startsWith("document:"))
				.count() == 2, Duration.ofSeconds(120), "two CSV files");
			System.out.printf("/export enrollment of the province (%,d rows): %d ms%n", HOUSEHOLDS,
					(System.nanoTime() - start) / 1_000_000);
			app.close();
		}
	}

	private static long press(StandInUser user, BotMessage message, String data) {
		int edits = user.messages()
			.stream()
			.filter((m) -> m.messageId() == message.messageId())
			.findFirst()
			.orElseThrow()
			.edits();
		long start = System.nanoTime();
		user.pressData(message, data);
		BotApiStandIn.await(
				() -> user.messages()
					.stream()
					.anyMatch((m) -> m.messageId() == message.messageId() && m.edits() > edits),
				Duration.ofSeconds(60), "the drill");
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Groups spread over the villages, households over the groups, a tenth pending. */
	static void store(MongoTemplate mongo, List<Area> villages) {
		Instant now = Instant.now();
		List<SelfManagedGroup> groups = new ArrayList<>();
		for (int i = 0; i < GROUPS; i++) {
			Area village = villages.get(i % villages.size());
			groups.add(new SelfManagedGroup(String.format("bench%04d", i), village.id(), village.path(),
					"Tổ tự quản " + i, null, List.of(), List.of(), 1L, now));
		}
		mongo.insertAll(groups);
		List<PatrolRota> rotas = new ArrayList<>();
		for (int i = 0; i < GROUPS; i++) {
			rotas.add(new PatrolRota(groups.get(i).id(), "kg", List.of(java.time.DayOfWeek.SATURDAY),
					java.time.LocalDate.now(), (i % 2 == 0) ? now : null));
		}
		mongo.insertAll(rotas);
		Map<String, Document> walked = new HashMap<>();
		for (int i = 0; i < GROUPS; i += 2) {
			for (String area : groups.get(i).path()) {
				walked.computeIfAbsent(area, (id) -> new Document())
					.append(groups.get(i).id(), new Document("m", 1).append("r", 1500));
			}
		}
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		walked.forEach((area, day) -> mongo.insert(new Document("_id", area + ":" + today).append("walked", day),
				"patrol_days"));
		List<Household> batch = new ArrayList<>();
		for (int i = 0; i < HOUSEHOLDS; i++) {
			SelfManagedGroup group = groups.get(i % GROUPS);
			Area village = villages.stream().filter((v) -> v.id().equals(group.villageId())).findFirst().orElseThrow();
			HouseholdStatus status = (i % 10 == 0) ? HouseholdStatus.PENDING : HouseholdStatus.APPROVED;
			batch.add(new Household(5_000_000L + i, "Hộ Nguyễn Văn " + i, 1 + i % 7, village.id(), village.path(),
					String.format("+8491%07d", i), group.id(), status, now, now, null, null, null));
			if (batch.size() == 5_000) {
				mongo.insertAll(batch);
				batch.clear();
			}
		}
		mongo.insertAll(batch);
	}

}
