package org.danvan.incident;

import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The steps incident tests share: a whole report conversation, and an officer of an area.
 */
abstract class IncidentEndToEndTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	AreaManagement areas;

	@Autowired
	MongoTemplate mongo;

	/** Goes through the whole conversation and returns the reference code. */
	String report(StandInUser villager, String category, String description, Area village, boolean urgent,
			boolean anonymous, boolean photo) {
		villager.send("/report");
		villager.press(villager.awaitText("What do you want to report?"), category);
		villager.awaitText("Describe what you saw");
		villager.send(description);
		villager.awaitText("Where is it?");
		villager.shareLocation(village.location().lat(), village.location().lon());
		villager.awaitText("You can send up to 5 photos");
		if (photo) {
			villager.sendPhoto("the place");
			villager.press(villager.awaitText("1 photo received"), "Done");
		}
		else {
			villager.press(villager.awaitText("You can send up to 5 photos"), "Done");
		}
		villager.press(villager.awaitText("Is it urgent"), urgent ? "Yes, urgent" : "No, not urgent");
		villager.press(villager.awaitText("Should officers see your name?"),
				anonymous ? "Send anonymously" : "Send with my name");
		villager.press(villager.awaitText("Please check your report:"), "Send the report");
		String text = villager.awaitText("Its reference is").text();
		return text.substring(text.indexOf("reference is ") + 13).split(";")[0].trim();
	}

	/** A new member given the officer role in the area. */
	StandInUser officer(String areaId) {
		StandInUser officer = newUser("Officer", "en");
		officer.send("/help");
		officer.awaitText("What you can do:");
		this.members.grant(0, officer.id(), new Grant(Role.OFFICER, areaId));
		return officer;
	}

}
