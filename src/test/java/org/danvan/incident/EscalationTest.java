package org.danvan.incident;

import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.support.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.support.FakeUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an urgent report nobody acknowledges, then the commune's officers are alerted
 * again, then the district's; once acknowledged, the escalation stops. (Escalation after
 * 3 s in tests.)
 */
class EscalationTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	AreaManagement areas;

	@Autowired
	MongoTemplate mongo;

	@Test
	void anUnacknowledgedUrgentReportClimbsToTheDistrict() {
		Area commune = this.areas.children(this.areas.children("ls").get(0).id()).get(1);
		FakeUser communeOfficer = officer(commune.id());
		FakeUser districtOfficer = officer(commune.parentId());
		FakeUser villager = newUser("Tuyet", "en");

		String code = reportUrgent(villager, this.areas.children(commune.id()).get(0));

		communeOfficer.awaitText("New report " + code);
		assertThat(districtOfficer.messages()).noneMatch((m) -> m.text().contains(code));
		communeOfficer.awaitText("Still not acknowledged (URGENT): report " + code);
		BotMessage above = districtOfficer.awaitText("Still not acknowledged (URGENT): report " + code);
		districtOfficer.press(above, "Acknowledge");
		villager.awaitText("Your report " + code + " is now acknowledged by an officer.");
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").regex("^escalate-" + code)), "schedules"))
			.isEqualTo(2);
	}

	@Test
	void acknowledgingStopsTheEscalation() throws InterruptedException {
		Area commune = this.areas.children(this.areas.children("ls").get(0).id()).get(2);
		FakeUser communeOfficer = officer(commune.id());
		FakeUser villager = newUser("Uy", "en");

		String code = reportUrgent(villager, this.areas.children(commune.id()).get(0));
		communeOfficer.press(communeOfficer.awaitText("New report " + code), "Acknowledge");
		villager.awaitText("is now acknowledged");
		Thread.sleep(4500);

		assertThat(communeOfficer.messages()).noneMatch((m) -> m.text().contains("Still not acknowledged"));
	}

	private String reportUrgent(FakeUser villager, Area village) {
		villager.send("/report");
		villager.press(villager.awaitText("What do you want to report?"), "Health emergency");
		villager.awaitText("Describe what you saw");
		villager.send("A child fell from the rocks and cannot walk");
		villager.awaitText("Where is it?");
		villager.shareLocation(village.location().lat(), village.location().lon());
		villager.press(villager.awaitText("You can send up to 5 photos"), "Done");
		villager.press(villager.awaitText("Is it urgent"), "Yes, urgent");
		villager.press(villager.awaitText("Should officers see your name?"), "Send with my name");
		villager.press(villager.awaitText("Please check your report:"), "Send the report");
		String text = villager.awaitText("Its reference is").text();
		return text.substring(text.indexOf("reference is ") + 13).split(";")[0].trim();
	}

	private FakeUser officer(String areaId) {
		FakeUser officer = newUser("Officer", "en");
		officer.send("/help");
		officer.awaitText("What you can do:");
		this.members.grant(0, officer.id(), new Grant(Role.OFFICER, areaId));
		return officer;
	}

}
