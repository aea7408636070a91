package org.danvan.announcement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.danvan.access.MemberManagement;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Announcements composed through {@code /announce} and followed through
 * {@code /announcements}, end to end through the fake Bot API.
 */
class AnnouncementTest extends EndToEndTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	@Autowired
	MemberManagement members;

	@Autowired
	Announcements announcements;

	@Autowired
	org.danvan.access.Preferences preferences;

	@Autowired
	org.danvan.enrollment.EnrollmentManagement enrollment;

	/**
	 * Given villagers of Co Sau reading Vietnamese, Chinese, English and Lao, one of whom
	 * muted announcements, when an officer of the commune writes an announcement in
	 * English with bold and a link, adds Vietnamese and Chinese versions and a photo, and
	 * confirms it, then each gets their language's version (the Lao reader the commune's
	 * Vietnamese), formatting kept and typed markup escaped, the muted one and the next
	 * village nothing, and the officer sees it delivered.
	 */
	@Test
	void threeLanguagesAndAFallbackReachTheirReaders() {
		StandInUser vietnamese = villager("Hà", "vi", "ls-cla-co-sau");
		StandInUser chinese = villager("Lin", "zh", "ls-cla-co-sau");
		StandInUser english = villager("Tom", "en", "ls-cla-co-sau");
		StandInUser lao = villager("Kham", "lo", "ls-cla-co-sau");
		StandInUser muted = villager("Mai", "vi", "ls-cla-co-sau");
		StandInUser elsewhere = villager("Nam", "vi", "ls-cla-na-va");
		muted.send("/mute");
		muted.awaitText("Bạn sẽ không nhận thông báo thường nữa");
		StandInUser officer = member("Officer", Role.OFFICER, "ls-cla");

		officer.send("/announce");
		officer.press(officer.awaitText("Who is it for?"), "Chosen villages");
		officer.press(officer.awaitText("tick the villages"), "Co Sau");
		officer.press(officer.await((m) -> m.button("Done (1 village)").isPresent(), "Co Sau ticked"),
				"Done (1 village)");
		officer.awaitText("Write the announcement in English");
		String typed = "Road work on Monday: use the canal path <x> & see details";
		officer.sendFormatted(typed,
				List.of(Map.of("type", "bold", "offset", typed.indexOf("Monday"), "length", 6),
						Map.of("type", "text_link", "offset", typed.indexOf("details"), "length", 7, "url",
								"https://example.org/road?a=1&b=2")));
		BotMessage versions = officer.awaitText("Versions");
		assertThat(versions.text()).contains("English: written · 1 person", "Tiếng Việt: 1 person",
				"without a version they get English", "中文: 1 person", "ລາວ: 1 person");
		officer.press(versions, "Tiếng Việt");
		officer.awaitText("Write the announcement in Tiếng Việt");
		officer.send("Thứ Hai sửa đường: đi lối bờ kênh.");
		officer.press(officer.awaitText("Tiếng Việt: written"), "中文");
		officer.awaitText("Write the announcement in 中文");
		officer.send("星期一修路：请走运河边的小路。");
		versions = officer.awaitText("中文: written");
		assertThat(versions.text()).contains("ລາວ: 1 person · without a version they get Tiếng Việt");
		officer.sendPhoto(null);
		officer.press(officer.awaitText("A photo goes with it"), "Next");
		officer.press(officer.awaitText("Is it urgent?"), "Normal");
		officer.press(officer.awaitText("When should it go?"), "Now");
		officer.press(officer.awaitText("Is it about an event"), "No event");
		BotMessage preview = officer.awaitText("Ready to send");
		assertThat(preview.text()).contains("To: everyone in Co Sau", "4 people",
				"1 person gets a version in another language.", "1 person muted normal announcements and is left out.",
				"Normal · now");
		assertThat(officer.awaitText("👁 English · 1 person gets this").html()).contains("<b>Monday</b>",
				"&lt;x&gt; &amp; see", "<a href=\"https://example.org/road?a=1&amp;b=2\">details</a>", "Cao Lau");
		assertThat(officer.awaitText("👁 Tiếng Việt · 2 people get this").text()).contains("Thứ Hai sửa đường");
		officer.press(preview, "Confirm");
		assertThat(officer.awaitText("is scheduled: now").text()).contains("/announcements");

		BotMessage received = english.awaitText("Road work on Monday");
		assertThat(received.html()).startsWith("📢 <b>Cao Lau</b>")
			.contains("<b>Monday</b>", "&lt;x&gt;", "href=\"https://example.org/road?a=1&amp;b=2\"");
		assertThat(english.messages()).anyMatch((m) -> m.media() != null && m.media().startsWith("photo:"));
		assertThat(vietnamese.awaitText("Thứ Hai sửa đường").html()).startsWith("📢 <b>Cao Lâu</b>");
		assertThat(chinese.awaitText("星期一修路").text()).isNotBlank();
		assertThat(lao.awaitText("Thứ Hai sửa đường").text()).isNotBlank();
		BotApiStandIn.await(() -> telegram.messages(CHANNEL).stream().anyMatch((m) -> m.text().contains("Thứ Hai")),
				Duration.ofSeconds(10), "the copy in Cao Lau's Vietnamese channel");
		String code = officer.awaitText("is scheduled: now").text().split("Announcement ")[1].split(" ")[0];
		BotApiStandIn.await(() -> this.announcements.find(code)
			.flatMap(this.announcements::progress)
			.filter((progress) -> progress.done())
			.isPresent(), Duration.ofSeconds(15), "the deliveries");
		officer.send("/announcements");
		assertThat(officer.awaitText("Announcements").text()).contains(code + " · sent",
				"Delivered 5 · pending 0 · failed 0 · blocked 0");
		assertThat(muted.messages()).noneMatch((m) -> m.text().contains("Thứ Hai"));
		assertThat(elsewhere.messages()).noneMatch((m) -> m.text().contains("Thứ Hai"));
	}

	/**
	 * Given a villager halfway through a report and another who muted announcements, when
	 * an urgent announcement comes, then both get it, and the report goes on from where
	 * it was.
	 */
	@Test
	void anUrgentAnnouncementReachesTheMutedAndLeavesAReportOpen() {
		StandInUser reporting = villager("Ben", "en", "ls-cla-ban-vang");
		StandInUser muted = villager("Sue", "en", "ls-cla-ban-vang");
		muted.send("/mute");
		muted.awaitText("You will no longer get normal announcements");
		reporting.send("/report");
		reporting.press(reporting.awaitText("What do you want to report?"), "Flood");
		reporting.awaitText("Describe what you saw");

		this.announcements.create(1, new Audience(AudienceKind.VILLAGES, "ls-cla", List.of("ls-cla-ban-vang")), true,
				Map.of("en", "The river is rising. Move animals to high ground."), null, null, Timing.now(VIETNAM),
				null);
		assertThat(reporting.awaitText("The river is rising").html()).startsWith("🚨 <b>URGENT</b>");
		muted.awaitText("The river is rising");

		reporting.send("Water over the road to the school");
		reporting.awaitText("Where is it?");
		muted.send("/unmute");
		muted.awaitText("You will get announcements again.");
		assertThat(this.preferences.wants(muted.id(), org.danvan.access.Notice.ANNOUNCEMENTS)).isTrue();
	}

	/**
	 * Given an announcement of Cao Lau scheduled for tomorrow, then an officer of Mau Son
	 * does not see it, cannot cancel it with a forged press, and cannot pick Cao Lau or
	 * its villages in the composer either; a coordinator may only address a group.
	 */
	@Test
	void anOfficerOfAnotherAreaCanNeitherTargetNorCancel() {
		Announcement planned = this.announcements.create(1, new Audience(AudienceKind.AREA, "ls-cla", List.of()), false,
				Map.of("en", "Vaccination day at the cultural house."), null, null,
				Timing.at(Instant.now().plus(Duration.ofDays(1)), VIETNAM), null);
		StandInUser other = member("Other", Role.OFFICER, "ls-ms");

		other.send("/announcements");
		assertThat(other.awaitText("announcements").text()).doesNotContain(planned.id());
		BotMessage list = other.messages().get(other.messages().size() - 1);
		assertThat(answer(other.pressData(list, "anl:cancel:" + planned.id())))
			.isEqualTo("You cannot send announcements there.");
		assertThat(this.announcements.find(planned.id()).orElseThrow().status())
			.isEqualTo(AnnouncementStatus.SCHEDULED);

		other.send("/announce");
		BotMessage kinds = other.awaitText("Who is it for?");
		other.press(kinds, "Everyone in an area");
		BotMessage area = other.awaitText("Mau Son: send to all of it");
		for (String forged : List.of("anc:pick:ls-cla", "anc:area:ls-cla", "anc:pick:ls")) {
			assertThat(answer(other.pressData(area, forged))).as(forged)
				.isEqualTo("You cannot send announcements there.");
		}
		assertThat(other.awaitText("Mau Son: send to all of it").text()).doesNotContain("Cao Lau");

		StandInUser coordinator = member("Coordinator", Role.COORDINATOR, "ls-ms");
		coordinator.send("/announce");
		assertThat(coordinator.awaitText("Who is it for?").buttonLabels()).containsExactly("One self-managed group",
				"✖ Cancel");
		assertThat(answer(coordinator.pressData(coordinator.awaitText("Who is it for?"), "anc:kind:AREA")))
			.isEqualTo("You cannot send announcements there.");
	}

	/**
	 * Given an officer writing a version longer than one Telegram message, then it is
	 * refused with its length, and the composer still waits for that version.
	 */
	@Test
	void aTooLongVersionIsRefusedWithItsLength() {
		StandInUser officer = member("Officer", Role.OFFICER, "ls-xl");
		officer.send("/announce");
		officer.press(officer.awaitText("Who is it for?"), "Officers");
		officer.press(officer.awaitText("Xuat Le: send to all of it"), "All of Xuat Le");
		officer.awaitText("Write the announcement in English");
		officer.send("x".repeat(4090));
		assertThat(officer.awaitText("would be").text()).contains("4,111 characters long", "at most 4,096");
		officer.send("Meeting of officers on Friday.");
		officer.awaitText("English: written");
	}

	/**
	 * Given an urgent announcement whose delivery to one villager failed, then the
	 * officer sends it again to that one from its card; a weekly one is paused (no next
	 * run) and resumed from the card.
	 */
	@Test
	void failedDeliveriesAreSentAgainAndARuleIsPausedAndResumed() {
		StandInUser missed = villager("Lâm", "vi", "ls-xl-ban-po");
		StandInUser reached = villager("Hùng", "vi", "ls-xl-ban-po");
		StandInUser officer = member("Officer", Role.OFFICER, "ls-xl");
		telegram.failNext("sendMessage", missed.id(), 400, "Bad Request: something odd", null);
		Announcement urgent = this.announcements.create(officer.id(),
				new Audience(AudienceKind.VILLAGES, "ls-xl", List.of("ls-xl-ban-po")), true,
				Map.of("vi", "Cắt điện từ 13:00 đến 15:00."), null, null, Timing.now(VIETNAM), null);
		reached.awaitText("Cắt điện");
		BotApiStandIn.await(() -> this.announcements.progress(this.announcements.find(urgent.id()).orElseThrow())
			.filter((p) -> p.failed() == 1)
			.isPresent(), Duration.ofSeconds(10), "the failed delivery");

		officer.send("/announcements");
		officer.press(officer.awaitText("Delivered 1 · pending 0 · failed 1"), urgent.id());
		BotMessage card = officer.await((m) -> m.button("Send again").isPresent(), "the card with Send again");
		assertThat(answer(officer.press(card, "Send again"))).isEqualTo("Sending again to 1 person.");
		missed.awaitText("Cắt điện");

		Announcement weekly = this.announcements.create(officer.id(),
				new Audience(AudienceKind.OFFICERS, "ls-xl", List.of()), false, Map.of("en", "Weekly briefing."), null,
				null, new Timing(Timing.Kind.WEEKLY, null, "07:00", List.of(1, 4), null, "2027-06-30", VIETNAM.getId()),
				null);
		officer.send("/announcements");
		officer.press(officer.awaitText(weekly.id() + " · recurring"), weekly.id());
		card = officer.await((m) -> m.button("Pause").isPresent(), "the weekly card");
		assertThat(card.text()).contains("every Monday, Thursday at 07:00 (Asia/Ho_Chi_Minh), until 30/06/2027");
		assertThat(answer(officer.press(card, "Pause"))).isEqualTo("Paused.");
		card = officer.await((m) -> m.button("Resume").isPresent(), "the paused card");
		assertThat(this.announcements.nextRun(this.announcements.find(weekly.id()).orElseThrow())).isEmpty();
		assertThat(answer(officer.press(card, "Resume"))).isEqualTo("Resumed.");
		officer.await((m) -> m.button("Pause").isPresent(), "the resumed card");
		assertThat(this.announcements.nextRun(this.announcements.find(weekly.id()).orElseThrow()))
			.hasValueSatisfying((next) -> assertThat(next.atZone(VIETNAM).getHour()).isEqualTo(7));
		this.announcements.cancel(weekly.id());
	}

	/**
	 * Given a coordinator of Mau Son and a group of Khuoi Tat with one approved
	 * household, when the coordinator announces to the group, made urgent through Edit,
	 * then the household gets it and a neighbour outside the group does not.
	 */
	@Test
	void aCoordinatorAnnouncesToAGroup() {
		StandInUser member = villager("Tát", "en", "ls-ms-khuoi-tat");
		StandInUser neighbour = villager("Vy", "en", "ls-ms-khuoi-tat");
		StandInUser coordinator = member("Coordinator", Role.COORDINATOR, "ls-ms");
		org.danvan.enrollment.EnrollmentManagement enrollment = this.enrollment;
		org.danvan.enrollment.SelfManagedGroup group = enrollment
			.createGroup(coordinator.id(), "ls-ms-khuoi-tat", "Tổ Khuổi Tát")
			.orElseThrow();
		enrollment.enroll(new org.danvan.enrollment.EnrollmentRequest(member.id(), "Hoàng Văn Tát", 4,
				"ls-ms-khuoi-tat", null, group.id()));
		enrollment.decide(member.id(), true, coordinator.id(), null);

		coordinator.send("/announce");
		coordinator.press(coordinator.awaitText("Who is it for?"), "One self-managed group");
		coordinator.press(coordinator.awaitText("Mau Son: choose an area within it"), "Khuoi Tat");
		coordinator.press(coordinator.awaitText("Khuoi Tat: choose the group"), "Tổ Khuổi Tát");
		coordinator.awaitText("Write the announcement in English");
		coordinator.send("Patrol meeting tonight at the leader's house.");
		coordinator.press(coordinator.awaitText("English: written · 1 person"), "Next");
		coordinator.press(coordinator.awaitText("Is it urgent?"), "Normal");
		coordinator.press(coordinator.awaitText("When should it go?"), "Now");
		coordinator.awaitText("Is it about an event");
		coordinator.send("31/02 19:00");
		coordinator.awaitText("Please send a date and a time like");
		String event = java.time.LocalDate.now(VIETNAM).plusDays(2).format(DAY) + " 19:00";
		coordinator.send(event);
		BotMessage preview = coordinator.awaitText("Ready to send");
		assertThat(preview.text()).contains("the households of the group Tổ Khuổi Tát (Khuoi Tat)", "1 person",
				"Event on " + event + ": people can ask to be reminded.");
		coordinator.press(preview, "Edit");
		coordinator.press(coordinator.awaitText("What do you want to change?"), "Urgency");
		coordinator.press(coordinator.awaitText("Is it urgent?"), "Urgent");
		coordinator.press(coordinator.await((m) -> m.text().contains("🚨 Urgent · now"), "the new preview"), "Confirm");
		coordinator.awaitText("is scheduled: now");
		BotMessage received = member.awaitText("Patrol meeting tonight");
		assertThat(received.html()).startsWith("🚨 <b>URGENT</b>").contains("🗓 <b>" + event + "</b>");
		assertThat(neighbour.messages()).noneMatch((m) -> m.text().contains("Patrol meeting"));
		String remindAt = java.time.LocalDateTime
			.parse(event, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
			.minusMinutes(1)
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
		assertThat(answer(member.press(received, "Remind me"))).isEqualTo("I will remind you on " + remindAt + ".");
		assertThat(answer(member.press(received, "Remind me"))).isEqualTo("You will be reminded on " + remindAt + ".");
		assertThat(answer(neighbour.pressData(received, received.button("Remind me").orElseThrow().callbackData())))
			.as("a press from someone it did not reach")
			.isEqualTo("This button no longer applies. Send /announce to start again.");
	}

	/**
	 * Given an announcement of a meeting a little over a minute away (reminders go a
	 * minute before in these tests), when one villager asks to be reminded, then that one
	 * gets the reminder in their language and the other does not.
	 */
	@Test
	void thoseWhoAskAreRemindedOfTheEvent() {
		StandInUser asking = villager("Dũng", "vi", "ls-xl-thach-khuyen");
		StandInUser other = villager("Bình", "vi", "ls-xl-thach-khuyen");
		this.announcements.create(1, new Audience(AudienceKind.VILLAGES, "ls-xl", List.of("ls-xl-thach-khuyen")), false,
				Map.of("vi", "Họp dân tại nhà văn hoá thôn."), null, null, Timing.now(VIETNAM),
				Instant.now().plusSeconds(68));
		BotMessage received = asking.awaitText("Họp dân tại nhà văn hoá");
		other.awaitText("Họp dân tại nhà văn hoá");
		assertThat(answer(asking.press(received, "Nhắc tôi"))).startsWith("Tôi sẽ nhắc bạn lúc");
		BotApiStandIn.await(() -> asking.messages().stream().anyMatch((m) -> m.text().startsWith("⏰ Nhắc việc")),
				Duration.ofSeconds(30), "the reminder");
		assertThat(asking.awaitText("⏰ Nhắc việc").text()).contains("Họp dân tại nhà văn hoá thôn.");
		assertThat(other.messages()).noneMatch((m) -> m.text().startsWith("⏰"));
	}

	private static String answer(com.fasterxml.jackson.databind.node.ObjectNode press) {
		return telegram.callbackText(press.get("callback_query").get("id").asText());
	}

	private StandInUser villager(String name, String language, String villageId) {
		StandInUser villager = newUser(name, language);
		villager.send("/help");
		villager.await((m) -> m.text().contains("/help") || m.text().contains("/report"), "the help");
		this.members.chooseVillage(villager.id(), villageId);
		return villager;
	}

	private StandInUser member(String name, Role role, String areaId) {
		StandInUser member = newUser(name, "en");
		member.send("/help");
		member.awaitText("What you can do:");
		this.members.grant(0, member.id(), new Grant(role, areaId));
		return member;
	}

}
