package org.danvan.enrollment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.danvan.enrollment.bot.PatrolReminders;
import org.danvan.scheduling.ScheduledJob;
import org.danvan.scheduling.Schedules;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's patrol rota: households take turns, are reminded with three buttons, pass a
 * turn on, check in, find a problem (a report starts at the marker), and a household the
 * bot cannot reach is reported to the leader.
 */
class PatrolTest extends EnrollmentEndToEndTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	Patrols patrols;

	@Autowired
	Schedules schedules;

	@Autowired
	PatrolReminders reminders;

	@Test
	void remindersAreDueAtSevenInTheEveningAndSixInTheMorningLocalTime() {
		List<ScheduledJob> jobs = this.schedules.jobs();
		ScheduledJob evening = jobs.stream()
			.filter((j) -> j.key().equals("patrol-evening-kg"))
			.findFirst()
			.orElseThrow();
		ScheduledJob morning = jobs.stream()
			.filter((j) -> j.key().equals("patrol-morning-ls"))
			.findFirst()
			.orElseThrow();
		assertThat(evening.nextFireAt().atZone(VIETNAM).toLocalTime()).isEqualTo(LocalTime.of(19, 0));
		assertThat(morning.nextFireAt().atZone(VIETNAM).toLocalTime()).isEqualTo(LocalTime.of(6, 0));
		assertThat(evening.nextFireAt()).isAfter(ZonedDateTime.now(VIETNAM).toInstant());
	}

	@Test
	void theHouseholdOnDutyIsRemindedPassesTheTurnAndTheNextOneChecksIn() {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-vd");
		String code = createGroup(coordinator, "Ta Em", "Tà Êm tuần tra");
		SelfManagedGroup group = this.enrollment.group(code).orElseThrow();
		this.enrollment.toggleMarker(group,
				this.enrollment.markersFor(group)
					.stream()
					.filter((m) -> m.number().equals("287"))
					.findFirst()
					.orElseThrow());
		StandInUser first = approved(coordinator, "Út", "Trần Văn Út", "Tà Êm tuần tra");
		StandInUser second = approved(coordinator, "Bảy", "Trần Văn Bảy", "Tà Êm tuần tra");

		coordinator.send("/groups");
		coordinator.press(coordinator.awaitText("choose the village"), "Ta Em");
		coordinator.press(coordinator.await((m) -> m.text().startsWith("Ta Em: "), "Ta Em's groups"), "Tà Êm tuần tra");
		coordinator.press(coordinator.awaitText("Code: " + code), "Patrol rota");
		BotMessage rota = coordinator.awaitText("has no patrols yet");
		LocalDate today = LocalDate.now(VIETNAM);
		LocalDate tomorrow = today.plusDays(1);
		String day = tomorrow.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
		String todays = today.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
		coordinator.press(rota, day);
		coordinator.press(coordinator.await((m) -> m.buttonLabels().contains("✓ " + day), "the day ticked"), todays);
		BotMessage ticked = coordinator.await((m) -> m.buttonLabels().contains("✓ " + todays), "today ticked");
		assertThat(ticked.text()).contains(today + " (" + todays + "): ", tomorrow + " (" + day + "): ");
		PatrolRota saved = this.patrols.rota(code).orElseThrow();

		this.reminders.run(java.util.Map.of("area", "kg", "kind", "evening"));
		StandInUser onTomorrow = (this.patrols.turnOf(saved, tomorrow).orElseThrow() == first.id()) ? first : second;
		BotMessage evening = onTomorrow.awaitText("it is your household's turn to patrol for Tà Êm tuần tra");
		assertThat(evening.text()).startsWith("Tomorrow, " + tomorrow).contains("border markers 287");
		assertThat(evening.buttonLabels()).containsExactly("✅ All clear", "⚠️ Problem found",
				"🔁 Can't go, pass it on");
		String early = onTomorrow.press(evening, "All clear").get("callback_query").get("id").asText();
		assertThat(telegram.callbackText(early)).isEqualTo("Please press this after your patrol on " + tomorrow + ".");
		this.reminders.run(java.util.Map.of("area", "kg", "kind", "evening"));

		this.reminders.run(java.util.Map.of("area", "kg", "kind", "morning"));
		StandInUser duty = (this.patrols.turnOf(saved, today).orElseThrow() == first.id()) ? first : second;
		StandInUser other = (duty == first) ? second : first;
		BotMessage reminder = duty.await((m) -> m.text().startsWith("Today, " + today), "today's reminder");
		this.reminders.run(java.util.Map.of("area", "kg", "kind", "morning"));
		assertThat(duty.messages()).filteredOn((m) -> m.text().startsWith("Today, " + today)).hasSize(1);
		assertThat(onTomorrow.messages()).filteredOn((m) -> m.text().startsWith("Tomorrow, " + tomorrow)).hasSize(1);

		duty.press(reminder, "Can't go");
		duty.awaitText("The turn went to Trần Văn " + ((other == first) ? "Út" : "Bảy"));
		BotMessage handedOn = other.await((m) -> m.text().startsWith("Today, " + today), "the turn handed on");
		duty.press(reminder, "All clear");
		duty.await((m) -> m.text().contains("not your household's turn"), "a refusal");

		other.press(handedOn, "All clear");
		other.awaitText("Recorded: all clear on " + today);
		other.shareLocation(10.5868, 104.8006);
		other.awaitText("added to the patrol record");
		PatrolDuty checked = this.patrols.duty(code + ":" + today).orElseThrow();
		assertThat(checked.status()).isEqualTo(PatrolDuty.Status.CLEAR);
		assertThat(checked.householdId()).isEqualTo(other.id());
		assertThat(checked.location()).isNotNull();

		coordinator.send("/enrollment");
		coordinator.press(coordinator.awaitText("Vinh Dieu\n"), "Ta Em");
		coordinator.press(coordinator.await((m) -> m.text().startsWith("Ta Em\n"), "Ta Em's summary"),
				"Tà Êm tuần tra");
		assertThat(coordinator
			.await((m) -> m.text().startsWith("Group Tà Êm tuần tra · Ta Em\n")
					&& m.text().contains("All clear in the last"), "the group's totals")
			.text()).contains("All clear in the last 7 days: 1 markers");

		coordinator.send("/enrollment");
		coordinator.press(coordinator.awaitText("Vinh Dieu\n"), "Coverage map");
		BotMessage map = coordinator.await((m) -> "photo:coverage-kg-vd.png".equals(m.media()), "the coverage map");
		org.danvan.support.GoldenImages.decode(telegram.file(map).bytes(), org.danvan.area.AreaMap.WIDTH);
		String caption = coordinator.awaitText("Who looks after the border of Vinh Dieu").text();
		assertThat(caption).contains("Walked this week: 1 marker,");
		assertThat(markerCounts(caption)).as("walked, covered, not covered: Vinh Dieu's 7 markers")
			.hasSize(3)
			.satisfies((counts) -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(7));
	}

	@Test
	void aProblemFoundStartsAReportAtTheMarkerAndAnUnreachableHouseholdIsReported() {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-vd");
		String code = createGroup(coordinator, "Nha Sap", "Nhà Sập tuần tra");
		SelfManagedGroup group = this.enrollment.group(code).orElseThrow();
		this.enrollment.toggleMarker(group,
				this.enrollment.markersFor(group)
					.stream()
					.filter((m) -> m.number().equals("289"))
					.findFirst()
					.orElseThrow());
		StandInUser leader = approved(coordinator, "Tư", "Lâm Văn Tư", "Nhà Sập tuần tra");
		StandInUser member = approved(coordinator, "Năm", "Lâm Thị Năm", "Nhà Sập tuần tra");
		assertThat(this.enrollment.setLeader(code, leader.id())).isTrue();
		PatrolRota rota = this.patrols.setDays(this.enrollment.group(code).orElseThrow(),
				EnumSet.allOf(java.time.DayOfWeek.class));
		LocalDate today = LocalDate.now(VIETNAM);
		PatrolDuty duty = this.patrols.duty(rota, today).orElseThrow();
		StandInUser onDuty = (duty.householdId() == member.id()) ? member : leader;
		this.reminders.remind(duty, false);
		onDuty.press(onDuty.awaitText("your household's turn to patrol for Nhà Sập tuần tra"), "Problem found");
		onDuty.awaitText("Recorded: problem found");
		onDuty.awaitText("Describe what you saw");
		onDuty.send("Cột mốc 289 bị nghiêng");
		onDuty.awaitText("You can send up to 5 photos");
		assertThat(this.patrols.duty(duty.id()).orElseThrow().status()).isEqualTo(PatrolDuty.Status.PROBLEM);
		LocalDate onMembersTurn = today.plusDays(1);
		while (this.patrols.turnOf(rota, onMembersTurn).orElseThrow() != member.id()) {
			onMembersTurn = onMembersTurn.plusDays(1);
		}

		member.blockBot();
		LocalDate next = onMembersTurn.plusDays(1);
		while (this.patrols.turnOf(rota, next).orElseThrow() != member.id()) {
			next = next.plusDays(1);
		}
		this.reminders.remind(this.patrols.duty(rota, next).orElseThrow(), true);
		assertThat(leader.awaitText("can no longer reach household Lâm Thị Năm").text()).contains(next.toString());

		PatrolDuty yesterday = this.patrols.duty(rota, today.minusDays(1)).orElseThrow();
		this.reminders.run(java.util.Map.of("area", "kg", "kind", "morning"));
		assertThat(this.patrols.duty(yesterday.id()).orElseThrow().status()).isEqualTo(PatrolDuty.Status.MISSED);
		assertThat(this.patrols.coverage("kg-vd-nha-sap", code).missed()).isEqualTo(1);
		assertThat(this.patrols.coverage("kg-vd", null).missed()).isGreaterThanOrEqualTo(1);
	}

	private StandInUser approved(StandInUser coordinator, String firstName, String head, String groupName) {
		StandInUser villager = villager(firstName, this.enrollment.group(groupOf(groupName)).orElseThrow().villageId());
		enroll(villager, head, 3, groupName, null);
		coordinator.press(coordinator.awaitText("Head of household: " + head), "Approve");
		villager.awaitText("Good news");
		return villager;
	}

	private String groupOf(String name) {
		return this.enrollment.groupsWithin("kg-vd")
			.stream()
			.filter((g) -> g.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** The marker counts of a coverage map's caption, line by line. */
	static List<Integer> markerCounts(String caption) {
		java.util.regex.Matcher counts = java.util.regex.Pattern.compile(": (\\d+) markers?,").matcher(caption);
		List<Integer> found = new java.util.ArrayList<>();
		while (counts.find()) {
			found.add(Integer.parseInt(counts.group(1)));
		}
		return found;
	}

}
