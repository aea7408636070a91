package org.danvan.areaadmin;

import java.util.List;
import java.util.UUID;

import org.danvan.access.AuditEntry;
import org.danvan.access.AuditLog;
import org.danvan.access.MemberManagement;
import org.danvan.area.AreaEdits;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.area.GeoPoint;
import org.danvan.enrollment.EnrollmentManagement;
import org.danvan.enrollment.SelfManagedGroup;
import org.danvan.i18n.Languages;
import org.danvan.incident.Category;
import org.danvan.incident.IncidentManagement;
import org.danvan.incident.Report;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Given an admin, when they build a district, commune and villages with a marker and a
 * road in {@code /areas}, then a villager picks the village at once, a coordinator's
 * {@code /enrollment} counts the marker and the km, the changes are audited, and a
 * retired village keeps its name on an incident filed there. The areas changed are the
 * test's own (a district added to Kiên Giang), so other tests see the tree they expect.
 */
class AreasCommandTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	AreaManagement areas;

	@Autowired
	AuditLog audit;

	@Autowired
	IncidentManagement incidents;

	@Autowired
	AreaEdits edits;

	@Autowired
	EnrollmentManagement enrollment;

	@Test
	void anAdminBuildsAreasThatAreInUseAtOnce() {
		StandInUser admin = member("Admin", "en", new Grant(Role.ADMIN, null));
		String province = this.areas.area("kg").orElseThrow().name("en");

		admin.send("/areas");
		BotMessage card = tap(admin, admin.awaitText("Choose an area:"), province, province + " · province · kg");
		assertThat(card.text()).contains("Time zone: Asia/Ho_Chi_Minh");

		BotMessage district = add(admin, card, "New district", "ta-d; Huyện Thử", "Huyện Thử");
		BotMessage commune = add(admin, district, "New commune", "ta-c; Xã Thử", "Xã Thử");
		BotMessage village = add(admin, commune, "New village", "ta-v; Ấp Thử; 10.60, 104.80", "Ấp Thử");
		commune = tap(admin, village, "Up", "Xã Thử · commune");
		village = add(admin, commune, "New village", "ta-v2; Ấp Bên; 10.61, 104.81", "Ấp Bên");
		commune = tap(admin, village, "Up", "Xã Thử · commune");
		commune = change(admin, commune, "➕ Marker", "Send the number of the new border marker of Xã Thử",
				"9001; 10.60, 104.80", "Xã Thử · commune");
		assertThat(commune.text()).contains("Border markers: 1 · roads: 0.0 km");
		commune = change(admin, commune, "➕ Road", "Send the new road segment of Xã Thử",
				"ta-c-r1; Đường tuần tra thử; 3,5", "Xã Thử · commune");
		assertThat(commune.text()).contains("Border markers: 1 · roads: 3.5 km");

		StandInUser villager = member("Villager", "en", null);
		villager.send("/village");
		BotMessage picker = villager.awaitText("Which village do you live in?");
		villager.press(picker, province);
		villager.press(villager.await((m) -> m.button("Huyện Thử").isPresent(), "the new district"), "Huyện Thử");
		villager.press(
				villager.await((m) -> m.button("Ấp Thử").isPresent(), "the new villages (its one commune is skipped)"),
				"Ấp Thử");
		villager.awaitText("Your village: Ấp Thử, Xã Thử");

		StandInUser coordinator = member("Coordinator", "en", new Grant(Role.COORDINATOR, "ta-c"));
		coordinator.send("/enrollment");
		BotMessage totals = coordinator.awaitText("Border markers: 0/1");
		assertThat(totals.text()).contains("Road: 0.0 of 3.5 km");

		assertThat(this.audit.latest(30)).filteredOn((entry) -> entry.actorId() == admin.id())
			.extracting(AuditEntry::action, AuditEntry::target)
			.contains(tuple("area.added", "ta-v (village in ta-c)"), tuple("marker.added", "9001 (kg-m9001 in ta-c)"),
					tuple("road.added", "ta-c-r1 (3.5 km in ta-c)"));
		admin.send("/audit");
		admin.awaitText("marker.added · 9001 (kg-m9001 in ta-c)");
	}

	@Test
	void aRenumberedMarkerAndARetiredVillageKeepWhatPointsToThem() {
		StandInUser admin = member("Admin", "en", new Grant(Role.ADMIN, null));
		admin.send("/areas");
		BotMessage province = tap(admin, admin.awaitText("Choose an area:"),
				this.areas.area("kg").orElseThrow().name("en"), this.areas.area("kg").orElseThrow().name("en"));
		BotMessage district = add(admin, province, "New district", "tb-d; Huyện Cũ", "Huyện Cũ");
		BotMessage commune = add(admin, district, "New commune", "tb-c; Xã Cũ", "Xã Cũ");
		BotMessage village = add(admin, commune, "New village", "tb-v; Ấp Cũ; 10.62, 104.82", "Ấp Cũ");
		commune = tap(admin, village, "Up", "Xã Cũ · commune");
		commune = change(admin, commune, "➕ Marker", "Send the number of the new border marker of Xã Cũ", "9101",
				"Xã Cũ · commune");
		StandInUser officer = member("Officer", "en", new Grant(Role.OFFICER, "tb-c"));
		this.incidents.report(new Report(UUID.randomUUID().toString(), Category.FIRE, "Cháy rẫy gần ấp", null, "tb-v",
				null, null, null, List.of(), false, false), officer.id());

		BotMessage list = tap(admin, commune, "Markers (1)", "The border marker of Xã Cũ");
		BotMessage marker = tap(admin, list, "9101", "Border marker 9101 · Xã Cũ");
		commune = change(admin, marker, "Renumber", "Send the new number of border marker 9101", "9101/1",
				"Xã Cũ · commune");
		admin.awaitText("Saved and in use now: kg-m9101: 9101 → 9101/1");
		assertThat(this.areas.marker("kg-m9101").map(BorderMarker::number)).hasValue("9101/1");

		StandInUser resident = member("Resident", "en", null);
		assertThat(this.members.chooseVillage(resident.id(), "tb-v")).isTrue();
		village = tap(admin, commune, "Ấp Cũ", "Ấp Cũ · village");
		BotMessage confirm = tap(admin, village, "Retire", "Retire Ấp Cũ?");
		admin.press(confirm, "Yes, retire");
		admin.await((m) -> m.text().equals("✅ Saved and in use now: tb-v"), "the village retired");

		assertThat(this.areas.area("tb-v").orElseThrow().retired()).isTrue();
		assertThat(this.areas.children("tb-c")).isEmpty();
		officer.send("/incidents");
		officer.awaitText("Fire · Ấp Cũ");
		StandInUser villager = member("Villager", "en", null);
		assertThat(this.members.chooseVillage(villager.id(), "tb-v")).isFalse();
		resident.send("/report");
		resident.press(resident.awaitText("What do you want to report?"), "Fire");
		resident.awaitText("Describe what you saw");
		resident.send("Smoke");
		assertThat(resident.awaitText("Where is it?").buttonLabels()).as("no retired home village to pick")
			.contains("Another village")
			.noneMatch((label) -> label.startsWith("🏠"));
	}

	@Test
	void anAdminSetsAnAreasDefaultsNamesItInEnglishAndRetiresAMarker() {
		ownTree("td", "Mặc Định", "9301");
		StandInUser admin = member("Admin", "en", new Grant(Role.ADMIN, null));
		admin.send("/areas");
		BotMessage choose = admin.awaitText("Choose an area:");
		admin.pressData(choose, "ar:open:td-d");
		BotMessage card = opened(admin, "Huyện Mặc Định · district");

		BotMessage languages = tap(admin, card, "Language",
				"Default language of Huyện Mặc Định (now " + Languages.ownName("vi") + ")");
		admin.press(languages, Languages.ownName("km"));
		card = admin.await(
				(m) -> m.text().startsWith("Huyện Mặc Định · district") && m.text().contains(Languages.ownName("km")),
				"the card in Khmer by default");
		admin.awaitText("Saved and in use now: td-d: vi → km");
		assertThat(this.areas.area("td-v").orElseThrow().defaultLanguage()).isEqualTo("km");

		admin.press(card, "Time zone");
		admin.awaitText("Send the time zone of Huyện Mặc Định (now Asia/Ho_Chi_Minh)");
		admin.send("Mars/Olympus");
		admin.awaitText("Not changed: «Mars/Olympus» is not a time zone");
		card = answer(admin, "Asia/Bangkok", "Huyện Mặc Định · district");
		assertThat(card.text()).contains("Time zone: Asia/Bangkok");
		assertThat(this.areas.timeZone("td-v")).hasToString("Asia/Bangkok");

		card = change(admin, card, "Border post", "Send the border guard post of Huyện Mặc Định",
				"td-post; Đồn Biên phòng Thử", "Huyện Mặc Định · district");
		assertThat(card.text()).contains("Border posts: Đồn Biên phòng Thử");

		card = change(admin, card, "Rename", "Send the new name of Huyện Mặc Định", "en: Default District",
				"Default District · district");
		assertThat(this.areas.area("td-d").orElseThrow().name("vi")).isEqualTo("Huyện Mặc Định");

		admin.pressData(card, "ar:mret:kg-m9301");
		admin.press(admin.awaitText("Retire 9301?"), "Yes, retire");
		BotMessage commune = admin.await((m) -> m.text().startsWith("Xã Mặc Định · commune"), "the commune card");
		assertThat(commune.text()).contains("Border markers: 0");
		assertThat(this.areas.marker("kg-m9301").orElseThrow().retired()).isTrue();
		assertThat(this.audit.latest(30)).filteredOn((entry) -> entry.actorId() == admin.id())
			.extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("area.language", "area.time-zone", "area.post-added", "area.renamed",
					"marker.retired");
	}

	@Test
	void aRetiredMarkerIsTakenBackFromTheGroupThatLookedAfterIt() {
		ownTree("te", "Nhóm", "9401");
		SelfManagedGroup group = this.enrollment.createGroup(0, "te-v", "Tổ Thử").orElseThrow();
		this.enrollment.toggleMarker(group, this.areas.marker("kg-m9401").orElseThrow());
		assertThat(this.enrollment.counts(List.of("te-c")).get("te-c").markers()).isEqualTo(1);
		StandInUser admin = member("Admin", "en", new Grant(Role.ADMIN, null));
		admin.send("/areas");

		admin.pressData(admin.awaitText("Choose an area:"), "ar:mrety:kg-m9401");

		admin.awaitText("Saved and in use now: kg-m9401 (9401)");
		assertThat(this.enrollment.counts(List.of("te-c")).get("te-c").markers()).isZero();
		assertThat(this.enrollment.group(group.id()).orElseThrow().markerIds()).isEmpty();
		assertThat(this.areas.area("te-c").orElseThrow().markerCount()).isZero();
	}

	@Test
	void changesAreCheckedAndRefusedInTheAdminsLanguage() {
		StandInUser admin = member("Quản trị", "vi", new Grant(Role.ADMIN, null));
		admin.send("/areas");
		BotMessage choose = admin.awaitText("Chọn một địa bàn:");
		String name = this.areas.area("kg-vd").orElseThrow().name("vi");
		int markers = this.areas.area("kg-vd").orElseThrow().markerCount();

		admin.pressData(choose, "ar:add:kg-vd");
		admin.awaitText("Gửi thôn/ấp mới của " + name);
		admin.send("kg; Ấp Trùng; 10.6, 104.8");
		admin.awaitText("Chưa thay đổi: mã kg đã được dùng");
		admin.awaitText("Hãy gửi lại dòng đã sửa");
		admin.send("kg-vd-x1; Ấp Không Vị Trí");
		admin.awaitText("Chưa thay đổi: thôn/ấp cần vị trí trung tâm");
		admin.send("Kg Vd; Ấp Sai Mã; 10.6, 104.8");
		admin.awaitText("Chưa thay đổi: mã «Kg Vd» không hợp lệ");

		admin.pressData(choose, "ar:radd:kg-vd");
		admin.awaitText("Gửi đoạn đường mới của " + name);
		admin.send("kg-vd-rx; Đường ngắn; 0");
		admin.awaitText("Chưa thay đổi: đường cần chiều dài lớn hơn 0");

		admin.pressData(choose, "ar:madd:kg-vd");
		admin.awaitText("Gửi số của mốc quốc giới mới của " + name);
		admin.send("289");
		admin.awaitText("Chưa thay đổi: mốc 289 · " + name + " đã có trong tỉnh; một mốc chỉ thuộc một xã.");

		admin.pressData(choose, "ar:rety:kg-vd");
		admin.awaitText("Chưa thay đổi: " + name + " vẫn còn địa bàn trực thuộc");

		assertThat(this.areas.area("kg-vd-x1")).isEmpty();
		assertThat(this.areas.road("kg-vd-rx")).isEmpty();
		assertThat(this.areas.area("kg-vd").orElseThrow().markerCount()).isEqualTo(markers);
		assertThat(this.areas.area("kg-vd").orElseThrow().retired()).isFalse();
		assertThat(this.audit.latest(50)).noneMatch((entry) -> entry.actorId() == admin.id());
	}

	@Test
	void onlyAdminsOfTheAreaMayChangeIt() {
		StandInUser coordinator = member("Coordinator", "en", new Grant(Role.COORDINATOR, "kg-tkh"));
		coordinator.send("/areas");
		BotMessage refused = coordinator.awaitText("Sorry, only a member with the admin role may do this.");
		String press = coordinator.pressData(refused, "ar:rety:kg-tkh-rach-nui")
			.path("callback_query")
			.path("id")
			.asText();
		telegram.awaitAnswered(press);

		StandInUser otherAdmin = member("Admin of Lang Son", "en", new Grant(Role.ADMIN, "ls"));
		otherAdmin.send("/areas");
		BotMessage own = otherAdmin.await((m) -> m.text().contains("· province · ls"), "their own province");
		String forged = otherAdmin.pressData(own, "ar:rety:kg-tkh-rach-nui").path("callback_query").path("id").asText();
		assertThat(telegram.callbackText(forged))
			.isEqualTo("Sorry, this area is not yours to change, or it was retired.");
		otherAdmin.pressData(own, "ar:madd:kg-tkh");
		assertThat(otherAdmin.messages()).noneMatch((m) -> m.text().startsWith("Send the number"));

		assertThat(this.areas.area("kg-tkh-rach-nui").orElseThrow().retired()).isFalse();
	}

	/**
	 * A district, commune and village of the test's own in Kiên Giang ({@code
	 *
	<p>
	 * -d}, {@code
	 *
	<p>
	 * -c}, {@code
	 *
	<p>
	 * -v}), with a marker in the commune.
	 */
	private void ownTree(String prefix, String name, String marker) {
		assertThat(this.edits.addArea("kg", prefix + "-d", "Huyện " + name, null).isDone()).isTrue();
		assertThat(this.edits.addArea(prefix + "-d", prefix + "-c", "Xã " + name, null).isDone()).isTrue();
		assertThat(this.edits.addArea(prefix + "-c", prefix + "-v", "Ấp " + name, new GeoPoint(10.66, 104.86)).isDone())
			.isTrue();
		assertThat(this.edits.addMarker(prefix + "-c", marker, null).isDone()).isTrue();
	}

	private StandInUser member(String name, String language, Grant grant) {
		StandInUser user = newUser(name, language);
		user.send("/help");
		user.await((m) -> !m.text().isEmpty(), "the help");
		if (grant != null) {
			this.members.grant(0, user.id(), grant);
		}
		return user;
	}

	/** Adds an area beneath the card's area and returns the new area's card. */
	private BotMessage add(StandInUser admin, BotMessage card, String button, String line, String newName) {
		String title = card.text().substring(0, card.text().indexOf(" · "));
		admin.press(card, button);
		admin.awaitText("on one line");
		BotMessage parent = answer(admin, line, title + " · ");
		admin.awaitText("Saved and in use now: " + line.substring(0, line.indexOf(';')));
		return tap(admin, parent, newName, newName + " · ");
	}

	private static BotMessage opened(StandInUser admin, String title) {
		return admin.await((m) -> m.text().startsWith(title), "the card of " + title);
	}

	/** Presses a button and waits for the message to become {@code title}. */
	private static BotMessage tap(StandInUser admin, BotMessage message, String label, String title) {
		admin.press(message, label);
		return admin.await((m) -> m.messageId() == message.messageId() && m.edits() > message.edits()
				&& m.text().startsWith(title), title + " after pressing " + label);
	}

	/** Presses a button of a card, answers its question, and returns the card again. */
	private static BotMessage change(StandInUser admin, BotMessage card, String button, String question, String line,
			String title) {
		admin.press(card, button);
		admin.awaitText(question);
		return answer(admin, line, title);
	}

	/** Sends a line and waits for a new message that starts with {@code title}. */
	private static BotMessage answer(StandInUser admin, String line, String title) {
		int last = admin.messages().stream().mapToInt(BotMessage::messageId).max().orElse(0);
		admin.send(line);
		return admin.await((m) -> m.messageId() > last && m.text().startsWith(title), title + " after " + line);
	}

}
