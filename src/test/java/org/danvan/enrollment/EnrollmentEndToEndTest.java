package org.danvan.enrollment;

import org.danvan.access.MemberManagement;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steps enrollment tests share: coordinators and officers of an area, a group made
 * through {@code /groups}, a household enrolled through {@code /enroll}.
 */
abstract class EnrollmentEndToEndTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	EnrollmentManagement enrollment;

	StandInUser member(Role role, String areaId) {
		StandInUser member = newUser(role.name().charAt(0) + role.name().substring(1).toLowerCase(), "en");
		member.send("/help");
		member.awaitText("What you can do:");
		this.members.grant(0, member.id(), new Grant(role, areaId));
		return member;
	}

	StandInUser villager(String name, String villageId) {
		StandInUser villager = newUser(name, "en");
		villager.send("/help");
		villager.awaitText("What you can do:");
		if (villageId != null) {
			this.members.chooseVillage(villager.id(), villageId);
		}
		return villager;
	}

	/** Creates a group in a village of the coordinator's commune and returns its code. */
	String createGroup(StandInUser coordinator, String villageName, String groupName) {
		coordinator.send("/groups");
		coordinator.press(coordinator.awaitText("choose the village"), villageName);
		coordinator.press(coordinator.await(
				(m) -> m.text().startsWith(villageName + ": ") && m.text().contains("self-managed group"),
				"the groups of " + villageName), "New group");
		coordinator.awaitText("What is the new group of " + villageName + " called?");
		coordinator.send(groupName);
		String card = coordinator.awaitText("Group " + groupName + " ·").text();
		return card.substring(card.indexOf("Code: ") + 6).split("\n")[0].trim();
	}

	/**
	 * Goes through {@code /enroll} from a villager whose village is set, up to the answer
	 * after "I agree, send".
	 */
	BotMessage enroll(StandInUser villager, String head, int people, String groupName, String phone) {
		villager.send("/enroll");
		villager.awaitText("full name of the head of household");
		villager.send(head);
		villager.press(villager.awaitText("How many people live"), Integer.toString(people));
		villager.press(villager.awaitText("Is your household in"), "Yes, ");
		villager.awaitText("May the coordinators call you?");
		if (phone != null) {
			villager.shareOwnContact(phone);
		}
		else {
			villager.tapKey("Skip");
		}
		villager.press(villager.awaitText("does your household join?"), groupName);
		villager.press(villager.awaitText("Please check:"), "I agree, send");
		return villager.await(
				(m) -> m.text().startsWith("Sent.") || m.text().contains("already") || m.text().contains("Sorry"),
				"the answer to sending the enrollment");
	}

}
