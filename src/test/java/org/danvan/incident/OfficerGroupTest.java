package org.danvan.incident;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.danvan.area.Area;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a group chat of officers configured for a commune, when a report of that commune
 * is confirmed, then the group gets the alert too; its buttons work for the officers in
 * it and for nobody else, and a question is typed in the officer's private chat.
 */
class OfficerGroupTest extends IncidentEndToEndTest {

	@BeforeEach
	void theBotIsInTheGroup() {
		newUser("Commander", "en").addBotToGroup(OFFICER_GROUP, "Phu My border post");
	}

	@Test
	void theOfficerGroupIsAlertedAndOnlyOfficersActFromIt() {
		StandInUser officer = officer(OFFICER_GROUP_AREA);
		StandInUser bystander = newUser("Bystander", "en");
		bystander.send("/help");
		bystander.awaitText("What you can do:");
		StandInUser villager = newUser("Khanh", "en");
		Area village = this.areas.villages(OFFICER_GROUP_AREA).get(0);

		String code = report(villager, "Fire", "Smoke behind the marker road", village, false, false, true);

		BotMessage alert = inGroup((m) -> m.text().contains("New report " + code), "the alert in the group");
		assertThat(alert.buttonLabels()).contains("🗺 Map", "📍 Pin", "📷 Photos (1)");
		officer.awaitText("New report " + code);

		String refused = bystander.pressInGroup(OFFICER_GROUP, alert, "Take it")
			.path("callback_query")
			.path("id")
			.asText();
		assertThat(telegram.callbackText(refused)).isNotBlank();
		assertThat(this.mongo.findById(code, Incident.class).status()).isEqualTo(Status.NEW);

		String ask = officer.pressInGroup(OFFICER_GROUP, alert, "Ask the reporter")
			.path("callback_query")
			.path("id")
			.asText();
		assertThat(telegram.callbackText(ask)).contains("private chat");
		officer.awaitText("Type your question for the reporter of " + code);
		officer.send("Which side of the canal?");
		villager.awaitText("Which side of the canal?");

		officer.pressInGroup(OFFICER_GROUP, alert, "Take it");
		inGroup((m) -> m.messageId() == alert.messageId() && m.edits() >= 1, "the group's card updated");
		StandInUser.awaitTrue(() -> this.mongo.findById(code, Incident.class).status() == Status.IN_PROGRESS,
				"taken from the group");
		assertThat(this.mongo.findById(code, Incident.class).assigneeId()).isEqualTo(officer.id());
		assertThat(telegram.messages(OFFICER_GROUP)).noneMatch((m) -> m.text().contains("Which side"));
	}

	@Test
	void aReportElsewhereDoesNotReachTheGroup() {
		StandInUser villager = newUser("Nga", "en");
		Area elsewhere = this.areas.villages("kg-vp").get(0);
		String code = report(villager, "Something else", "Lost buffalo on the road", elsewhere, false, false, false);
		String here = report(newUser("Hoa", "en"), "Something else", "Fallen tree on the road",
				this.areas.villages(OFFICER_GROUP_AREA).get(0), false, false, false);
		inGroup((m) -> m.text().contains("New report " + here), "the alert of this commune");
		List<BotMessage> group = telegram.messages(OFFICER_GROUP);
		assertThat(group).noneMatch((m) -> m.text().contains(code));
	}

	private static BotMessage inGroup(Predicate<BotMessage> condition, String what) {
		BotApiStandIn.await(() -> telegram.messages(OFFICER_GROUP).stream().anyMatch(condition), Duration.ofSeconds(20),
				what);
		return telegram.messages(OFFICER_GROUP).stream().filter(condition).reduce((a, b) -> b).orElseThrow();
	}

}
