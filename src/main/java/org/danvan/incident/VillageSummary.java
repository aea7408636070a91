package org.danvan.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.access.Member;
import org.danvan.access.Notice;
import org.danvan.access.Preferences;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.i18n.Text;
import org.danvan.scheduling.Misfire;
import org.danvan.scheduling.Schedules;
import org.danvan.scheduling.TimedTask;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.Reply;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closing the loop: on the first of each month, the members of each village hear what
 * became of the reports from their village the month before: how many, how many were
 * resolved, and typically how fast. Counts only: no report and no reporter is named. Sent
 * as one durable bulk job per village and month (a second run sends nothing).
 */
@Component
class VillageSummary implements TimedTask {

	static final String TASK = "incident.village-summary";

	private final Incidents incidents;

	private final AreaManagement areas;

	private final MemberManagement members;

	private final Broadcasts broadcasts;

	private final Schedules schedules;

	private final IncidentSettings settings;

	private final Preferences preferences;

	private final java.time.Clock clock;

	VillageSummary(Incidents incidents, AreaManagement areas, MemberManagement members, Broadcasts broadcasts,
			Schedules schedules, IncidentSettings settings, Preferences preferences, java.time.Clock clock) {
		this.clock = clock;
		this.preferences = preferences;
		this.incidents = incidents;
		this.areas = areas;
		this.members = members;
		this.broadcasts = broadcasts;
		this.schedules = schedules;
		this.settings = settings;
	}

	@Override
	public String name() {
		return TASK;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		for (Area province : this.areas.provinces()) {
			this.schedules.at("village-summary-" + province.id(), this.settings.villageSummaryTime(), "1 * ?",
					this.areas.timeZone(province.id()), TASK, Map.of("area", province.id()), Misfire.RUN_ONCE);
		}
	}

	/**
	 * Sends the summaries of a province's villages for the month before today, or for
	 * {@code month} ({@code yyyy-mm}) when given.
	 */
	@Override
	public void run(Map<String, String> data) {
		String province = data.get("area");
		ZoneId zone = this.areas.timeZone(province);
		YearMonth month = data.containsKey("month") ? YearMonth.parse(data.get("month"))
				: YearMonth.from(LocalDate.now(this.clock.withZone(zone))).minusMonths(1);
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant until = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		List<Area> villages = this.areas.villages(province).stream().filter((v) -> !v.retired()).toList();
		Map<String, List<Incident>> byVillage = this.incidents
			.reportedSince(villages.stream().map(Area::id).toList(), from, until)
			.stream()
			.filter((incident) -> incident.createdAt().isBefore(until))
			.collect(Collectors.groupingBy(Incident::areaId));
		Map<String, List<Member>> residents = this.members
			.livingIn(villages.stream().map(Area::id).filter(byVillage::containsKey).toList())
			.stream()
			.collect(Collectors.groupingBy(Member::villageId));
		for (Area village : villages) {
			List<Incident> reported = byVillage.getOrDefault(village.id(), List.of());
			List<Member> people = residents.getOrDefault(village.id(), List.of());
			if (reported.isEmpty() || people.isEmpty()) {
				continue;
			}
			send(village, month, reported, people);
		}
	}

	private void send(Area village, YearMonth month, List<Incident> reported, List<Member> people) {
		List<Duration> times = reported.stream()
			.filter((incident) -> incident.status() == Status.RESOLVED)
			.flatMap((incident) -> incident.history()
				.stream()
				.filter((change) -> change.status() == Status.RESOLVED)
				.findFirst()
				.map((change) -> Duration.between(incident.createdAt(), change.at()))
				.stream())
			.sorted()
			.toList();
		String days = times.isEmpty() ? "none"
				: String.format(Locale.ROOT, "%.1f", times.get(times.size() / 2).toHours() / 24.0);
		Map<String, Reply> versions = new HashMap<>();
		List<Broadcasts.Recipient> recipients = new ArrayList<>();
		Set<Long> off = this.preferences.switchedOff(Notice.VILLAGE_SUMMARY);
		for (Member person : people) {
			if (off.contains(person.id())) {
				continue;
			}
			String language = this.members.lookup(person.id()).language();
			versions.computeIfAbsent(language,
					(tag) -> Reply.message(Text.of("incident.village-summary", "village", village.name(tag), "month",
							month.toString(), "count", reported.size(), "resolved", times.size(), "days", days)));
			recipients.add(new Broadcasts.Recipient(person.id(), language));
		}
		this.broadcasts.start("village-summary-" + month + "-" + village.id(), versions, recipients);
	}

}
