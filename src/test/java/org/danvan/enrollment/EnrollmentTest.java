package org.danvan.enrollment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Households enroll, coordinators approve or decline, totals follow; duplicates and other
 * communes' coordinators are refused.
 */
class EnrollmentTest extends EnrollmentEndToEndTest {

	@Autowired
	MongoTemplate mongo;

	@Test
	void aHouseholdEnrollsIsApprovedAndTheSummaryCountsIt() {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-pl");
		String code = createGroup(coordinator, "Rach Go", "Rạch Gỗ tổ 1");
		coordinator.press(coordinator.awaitText("Group Rạch Gỗ tổ 1 ·"), "Markers");
		BotMessage markers = coordinator.awaitText("Border markers that");
		coordinator.pressData(markers,
				markers.buttons()
					.stream()
					.flatMap(List::stream)
					.filter((button) -> button.text().equals("303"))
					.findFirst()
					.orElseThrow()
					.callbackData());
		coordinator.await((m) -> m.buttonLabels().contains("✓ 303"), "marker 303 ticked");
		coordinator.send("/enrollment");
		String before = coordinator.awaitText("Phu Loi\n").text();
		EnrollmentCount commune = this.enrollment.counts(List.of("kg-pl")).get("kg-pl");

		StandInUser villager = villager("Đức", "kg-pl-rach-go");
		BotMessage sent = enroll(villager, "Nguyễn Văn Đức", 4, "Rạch Gỗ tổ 1", "+84 912 000 101");
		assertThat(sent.text()).startsWith("Sent.");
		assertThat(villager.seesReplyKeys()).as("the share-contact key is gone").isFalse();

		BotMessage request = coordinator.awaitText("New household asks to join Rạch Gỗ tổ 1");
		assertThat(request.text()).contains("Nguyễn Văn Đức", "People: 4", "+84912000101");
		coordinator.press(request, "Approve");
		coordinator.awaitText("Approved: household Nguyễn Văn Đức");
		villager.awaitText("Good news: your household was approved in the group Rạch Gỗ tổ 1");

		coordinator.send("/enrollment");
		String after = coordinator
			.await((m) -> m.text().startsWith("Phu Loi\n") && !m.text().equals(before), "a changed summary")
			.text();
		assertThat(after).contains(commune.groups() + " group", (commune.households() + 1) + " household",
				" / " + (commune.people() + 4) + " people", "Border markers: 1/2", "Road: 0.0 of 5.6 km",
				"Waiting for approval: " + commune.pending(), "• Rach Go: ");
		assertThat(this.enrollment.groupCount(code).householdIds()).containsExactly(villager.id());

		villager.send("/household");
		assertThat(villager.awaitText("Your household:").text()).contains("Nguyễn Văn Đức", "4 people",
				"Status: approved");
	}

	@Test
	void aDeclinedHouseholdHearsWhyAndDuplicatesAreCaught() {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-pl");
		createGroup(coordinator, "Ta Teng", "Tà Teng A");
		StandInUser first = villager("Sokha", "kg-pl-ta-teng");
		assertThat(enroll(first, "Thạch Sokha", 5, "Tà Teng A", "+855 12 000 202").text()).startsWith("Sent.");

		first.send("/enroll");
		assertThat(first.awaitText("is already enrolled").text()).contains("Thạch Sokha", "waiting for approval");

		StandInUser second = villager("Sophal", "kg-pl-ta-teng");
		second.send("/enroll");
		second.awaitText("full name of the head of household");
		second.send("Thạch Sophal");
		second.press(second.awaitText("How many people live"), "3");
		second.press(second.awaitText("Is your household in"), "Yes, ");
		second.awaitText("May the coordinators call you?");
		second.sendContact("+85512000303", first.id(), "Sokha");
		second.awaitText("That is someone else's contact");
		second.shareOwnContact("+855 12 000 202");
		second.awaitText("That phone number is already given for another household");

		BotMessage request = coordinator.awaitText("Head of household: Thạch Sokha");
		coordinator.press(request, "Decline");
		coordinator.press(coordinator.awaitText("Why do you decline"), "Other reason");
		coordinator.awaitText("Please type the reason");
		coordinator.send("Hộ này đã đăng ký ở ấp khác");
		coordinator.awaitText("Declined: household Thạch Sokha");
		first.awaitText("was not approved in the group Tà Teng A. Reason: Hộ này đã đăng ký ở ấp khác");

		coordinator.press(request, "Approve");
		coordinator.awaitText("Household Thạch Sokha was already declined");
		assertThat(this.enrollment.household(first.id()).orElseThrow().status()).isEqualTo(HouseholdStatus.DECLINED);

		second.tapKey("Skip");
		second.awaitText("All right, no phone number.");
	}

	@Test
	void aCoordinatorOfAnotherCommuneCanNeitherSeeNorApprove() {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-pl");
		String code = createGroup(coordinator, "Rach Go", "Rạch Gỗ tổ 2");
		StandInUser villager = villager("Lan", "kg-pl-rach-go");
		enroll(villager, "Trần Thị Lan", 2, "Rạch Gỗ tổ 2", null);
		BotMessage request = coordinator.awaitText("Head of household: Trần Thị Lan");

		StandInUser elsewhere = member(Role.COORDINATOR, "kg-vd");
		elsewhere.send("/enrollment");
		assertThat(elsewhere.awaitText("Vinh Dieu\n").text()).doesNotContain("Phu Loi", "Rach Go");
		String approve = request.button("Approve").orElseThrow().callbackData();
		for (String forged : List.of(approve, "enl:area:kg-pl", "enl:grp:" + code, "grp:mkt:" + code + ".kg-m303",
				"grp:qr:" + code, "enl:csv:kg-pl", "enl:pend:kg-pl", "enl:map:kg-pl")) {
			String press = elsewhere.pressData(request, forged).get("callback_query").get("id").asText();
			assertThat(telegram.callbackText(press)).as(forged).isEqualTo("Sorry, this is not in your area.");
		}
		assertThat(elsewhere.messages()).as("no map of another commune").noneMatch((m) -> m.media() != null);
		String press = villager.pressData(request, approve).get("callback_query").get("id").asText();
		assertThat(telegram.callbackText(press)).contains("only a member with the coordinator role");

		assertThat(this.enrollment.household(villager.id()).orElseThrow().status()).isEqualTo(HouseholdStatus.PENDING);
		assertThat(this.enrollment.groupCount(code).householdIds()).isEmpty();
		assertThat(elsewhere.messages()).noneMatch((m) -> m.text().contains("Trần Thị Lan"));
	}

	@Test
	void aHouseholdMovesToAnotherGroupAndLeaves() {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-vp");
		String first = createGroup(coordinator, "Dong Co", "Đồng Cỏ 1");
		String second = createGroup(coordinator, "Dong Co", "Đồng Cỏ 2");
		StandInUser villager = villager("Hoa", "kg-vp-dong-co");
		enroll(villager, "Lê Thị Hoa", 6, "Đồng Cỏ 1", null);
		coordinator.press(coordinator.awaitText("Head of household: Lê Thị Hoa"), "Approve");
		villager.awaitText("Good news");

		villager.send("/household");
		villager.press(villager.awaitText("Your household:"), "Move to another group");
		villager.press(villager.awaitText("Which group of your village"), "Đồng Cỏ 2");
		villager.awaitText("now in Đồng Cỏ 2");
		assertThat(this.enrollment.groupCount(first).households()).isZero();
		assertThat(this.enrollment.groupCount(second).people()).isEqualTo(6);

		villager.send("/household");
		villager.press(villager.await((m) -> m.text().contains("Group: Đồng Cỏ 2"), "the card"), "Leave the group");
		villager.press(villager.awaitText("Do you really want"), "Yes, leave");
		villager.awaitText("no longer in the group");
		assertThat(this.enrollment.groupCount(second).households()).isZero();
		assertThat(this.enrollment.counts(List.of("kg-vp-dong-co")).get("kg-vp-dong-co").people()).isZero();
		assertThat(enroll(villager, "Lê Thị Hoa", 6, "Đồng Cỏ 2", null).text()).as("may enroll again")
			.startsWith("Sent.");
	}

	@Test
	void aCoordinatorRenamesAGroupAndAnAdminRebuildsTheTotals() {
		StandInUser coordinator = member(Role.COORDINATOR, "kg-vp");
		String code = createGroup(coordinator, "Cay Gao", "Cây Gáo cũ");
		coordinator.press(coordinator.awaitText("Group Cây Gáo cũ ·"), "Rename");
		coordinator.awaitText("What is the new name of Cây Gáo cũ?");
		coordinator.send("Cây Gáo Đoàn Kết");
		coordinator.awaitText("Renamed: Cây Gáo Đoàn Kết.");
		assertThat(this.enrollment.group(code).orElseThrow().name()).isEqualTo("Cây Gáo Đoàn Kết");
		StandInUser villager = villager("Sáu", "kg-vp-cay-gao");
		enroll(villager, "Võ Văn Sáu", 5, "Cây Gáo Đoàn Kết", null);
		coordinator.press(coordinator.awaitText("Head of household: Võ Văn Sáu"), "Approve");
		villager.awaitText("Good news");

		List<String> ids = List.of("kg", "kg-vp", "kg-vp-cay-gao", "g:" + code);
		Map<String, EnrollmentCount> before = this.enrollment.counts(ids);
		this.mongo.remove(new Query(), "enrollment_counts");
		assertThat(this.enrollment.counts(ids).get("kg-vp").households()).isZero();
		StandInUser admin = telegram.user(1, "Admin", "en");
		admin.send("/enrollment rebuild");
		admin.awaitText("Totals recomputed from the groups and households");
		assertThat(this.enrollment.counts(ids)).isEqualTo(before);

		coordinator.send("/enrollment rebuild");
		coordinator.awaitText("Only an admin may rebuild the totals.");
	}

}
