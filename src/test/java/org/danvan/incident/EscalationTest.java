package org.danvan.incident;

import org.danvan.area.Area;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an urgent report nobody acknowledges, then the commune's officers are alerted
 * again, then the district's; once acknowledged, the escalation stops. (Escalation after
 * 3 s in tests.)
 */
class EscalationTest extends IncidentEndToEndTest {

	@Test
	void anUnacknowledgedUrgentReportClimbsToTheDistrict() {
		Area commune = this.areas.children(this.areas.children("ls").get(0).id()).get(1);
		StandInUser communeOfficer = officer(commune.id());
		StandInUser districtOfficer = officer(commune.parentId());
		StandInUser villager = newUser("Tuyet", "en");

		String code = report(villager, "Health emergency", "A child fell from the rocks and cannot walk",
				this.areas.children(commune.id()).get(0), true, false, false);

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
		StandInUser communeOfficer = officer(commune.id());
		StandInUser villager = newUser("Uy", "en");

		String code = report(villager, "Health emergency", "A child fell from the rocks and cannot walk",
				this.areas.children(commune.id()).get(0), true, false, false);
		communeOfficer.press(communeOfficer.awaitText("New report " + code), "Acknowledge");
		villager.awaitText("is now acknowledged");
		Thread.sleep(4500);

		assertThat(communeOfficer.messages()).noneMatch((m) -> m.text().contains("Still not acknowledged"));
	}

}
