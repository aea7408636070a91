package org.danvan.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.danvan.area.Area;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given three reports from a village in a month, two of them resolved, when the monthly
 * summary runs, then the village's members hear the counts in their language, and no
 * report or reporter is named; people of other villages hear nothing; a second run sends
 * nothing more.
 */
class VillageSummaryTest extends IncidentEndToEndTest {

	@Autowired
	Incidents incidents;

	@Autowired
	VillageSummary summary;

	@Test
	void villagersHearWhatBecameOfTheirVillagesReports() throws InterruptedException {
		Area village = this.areas.area("ls-tl-khon-khuyen").orElseThrow();
		Instant january = Instant.parse("2026-01-10T03:00:00Z");
		stored(village, january, Duration.ofDays(1));
		stored(village, january.plus(Duration.ofDays(5)), Duration.ofDays(3));
		String open = stored(village, january.plus(Duration.ofDays(9)), null).code();
		stored(village, Instant.parse("2026-02-02T03:00:00Z"), null);
		StandInUser english = resident("Lan", "en", village.id());
		StandInUser vietnamese = resident("Hà", "vi", village.id());
		StandInUser elsewhere = resident("Tùng", "en", "ls-tl-ban-loa");

		this.summary.run(Map.of("area", "ls", "month", "2026-01"));

		assertThat(english.awaitText("Reports from Khon Khuyen in 2026-01").text())
			.contains("3 reports, 2 resolved, typically within 3.0 days")
			.doesNotContain(open, "Summary test");
		assertThat(vietnamese.awaitText("Phản ánh từ Khòn Khuyên trong tháng 2026-01").text())
			.contains("3 phản ánh, đã giải quyết 2");
		this.summary.run(Map.of("area", "ls", "month", "2026-01"));
		Thread.sleep(1500);
		assertThat(english.messages()).filteredOn((m) -> m.text().contains("Reports from")).hasSize(1);
		assertThat(elsewhere.messages()).noneMatch((m) -> m.text().contains("Reports from"));
	}

	private StandInUser resident(String name, String language, String villageId) {
		StandInUser member = newUser(name, language);
		member.send("/help");
		member.await((m) -> m.text().contains("/help"), "the help");
		this.members.chooseVillage(member.id(), villageId);
		return member;
	}

	private Incident stored(Area village, Instant at, Duration resolvedAfter) {
		List<Incident.Change> history = (resolvedAfter != null)
				? List.of(new Incident.Change(Status.NEW, null, at, null),
						new Incident.Change(Status.RESOLVED, 5L, at.plus(resolvedAfter), null))
				: List.of(new Incident.Change(Status.NEW, null, at, null));
		return this.incidents.store(new Incident(null, UUID.randomUUID().toString(), Category.ROAD, "Summary test",
				null, village.id(), village.path(), null, null, null, List.of(), false, 7L, null,
				(resolvedAfter != null) ? Status.RESOLVED : Status.NEW, null, history, at, List.of(), List.of()), "ls");
	}

}
