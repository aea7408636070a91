package org.danvan.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.danvan.area.Area;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given reports of the last day and older open ones in a commune, when the morning digest
 * runs, then its officer gets the new ones by category and status, the urgent ones nobody
 * acknowledged, and the oldest open ones with a button to open each.
 */
class OfficerDigestTest extends IncidentEndToEndTest {

	@Autowired
	Incidents incidents;

	@Autowired
	OfficerDigest digest;

	@Autowired
	org.danvan.scheduling.Schedules schedules;

	@Test
	void theMorningDigestSumsUpTheLastDayAndPointsAtTheOldest() throws InterruptedException {
		Area commune = this.areas.children(this.areas.children("ls").get(0).id()).get(3);
		Area village = this.areas.villages(commune.id()).get(0);
		Instant now = Instant.now();
		String old = stored(village, Category.ROAD, false, now.minus(Duration.ofHours(30))).code();
		stored(village, Category.FIRE, true, now.minus(Duration.ofHours(2)));
		stored(village, Category.FIRE, false, now.minus(Duration.ofHours(3)));
		String resolved = stored(village, Category.FLOOD, false, now.minus(Duration.ofHours(5))).code();
		this.incidents.transition(resolved, Status.RESOLVED, new Incident.Change(Status.RESOLVED, 1L, now, null), 1L);
		StandInUser officer = officer(commune.id());

		this.digest.run(Map.of("area", "ls"));

		BotMessage digest = officer.awaitText("new reports in your areas in the last 24 hours");
		assertThat(digest.text()).startsWith("☀️ 3 new reports in your areas in the last 24 hours:")
			.contains("Fire · new: 2", "Flood or landslide · resolved: 1", "🚨 Urgent and not yet acknowledged: 1.",
					"3 reports are open; the oldest:")
			.doesNotContain("Road or bridge damage");
		assertThat(digest.buttonLabels()).hasSize(3).first().isEqualTo(old);
		BotMessage map = officer.await((m) -> "photo:incidents-map.png".equals(m.media()), "the map of the open ones");
		officer.awaitText("3 open reports in your areas");
		org.danvan.support.GoldenImages.decode(telegram.file(map).bytes(), org.danvan.area.AreaMap.WIDTH);
		officer.press(digest, old);
		officer.await((m) -> m.text().startsWith("Report " + old), "the oldest report's card");

		this.digest.run(Map.of("area", "ls"));
		Thread.sleep(1500);
		assertThat(officer.messages()).filteredOn((m) -> m.text().contains("in the last 24 hours")).hasSize(1);
		assertThat(officer.messages()).filteredOn((m) -> "photo:incidents-map.png".equals(m.media())).hasSize(1);
	}

	/**
	 * Given Bao Lam with a digest time of its own, then its officers get their digest
	 * from Bao Lam's schedule (06:30) and not from the province's, while an officer of
	 * the district gets the province's.
	 */
	@Test
	void anAreaWithItsOwnTimeHasItsOwnDigest() throws InterruptedException {
		StandInUser baoLam = officer("ls-bl");
		StandInUser district = officer("ls-cl");

		this.digest.run(Map.of("area", "ls"));
		district.awaitText("in the last 24 hours");
		Thread.sleep(1500);
		assertThat(baoLam.messages()).noneMatch((m) -> m.text().contains("in the last 24 hours"));

		this.digest.run(Map.of("area", "ls-bl"));
		baoLam.awaitText("in the last 24 hours");
		assertThat(this.schedules.jobs()).filteredOn((job) -> job.key().equals("digest-officers-ls-bl"))
			.singleElement()
			.satisfies((job) -> assertThat(job.rule()).isEqualTo("0 30 6 * * ? Asia/Ho_Chi_Minh"));
		assertThat(this.schedules.jobs()).noneMatch((job) -> job.key().equals("digest-officers-ls"));
	}

	private Incident stored(Area village, Category category, boolean urgent, Instant at) {
		return this.incidents.store(new Incident(null, UUID.randomUUID().toString(), category, "Digest " + category,
				null, village.id(), village.path(), null, null, null, List.of(), urgent, 7L, null, Status.NEW, null,
				List.of(new Incident.Change(Status.NEW, null, at, null)), at, List.of(), List.of()), "ls");
	}

}
