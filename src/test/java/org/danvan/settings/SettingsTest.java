package org.danvan.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.danvan.access.MemberManagement;
import org.danvan.announcement.Announcements;
import org.danvan.announcement.Audience;
import org.danvan.announcement.AudienceKind;
import org.danvan.announcement.Timing;
import org.danvan.scheduling.TimedTask;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given an officer and a villager of Bao Lam, then {@code /settings} shows each what
 * concerns them, and what they switch off stops coming: the officer's morning digest
 * until it is switched on again, the villager's normal announcements but not urgent ones;
 * a switch that does not concern them is refused.
 */
class SettingsTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	List<TimedTask> tasks;

	@Autowired
	Announcements announcements;

	@Test
	void whatAMemberSwitchesOffStopsComing() throws InterruptedException {
		StandInUser officer = newUser("Officer", "en");
		officer.send("/help");
		officer.awaitText("What you can do:");
		this.members.grant(0, officer.id(), new Grant(Role.OFFICER, "ls-bl"));
		officer.send("/settings");
		BotMessage settings = officer.awaitText("What the bot sends you");
		assertThat(settings.text())
			.contains("✅ Normal announcements", "✅ Monthly summary of your village's reports",
					"✅ Officers' morning digest")
			.doesNotContain("Coordinators'", "Patrol reminders");
		assertThat(answer(officer.press(settings, "Switch off: Officers' morning digest"))).isEqualTo("Switched off.");
		officer.await((m) -> m.text().contains("🔕 Officers' morning digest"), "the switch shown off");

		digest().run(Map.of("area", "ls-bl"));
		Thread.sleep(1500);
		assertThat(officer.messages()).noneMatch((m) -> m.text().contains("in the last 24 hours"));
		settings = officer.awaitText("🔕 Officers' morning digest");
		assertThat(answer(officer.press(settings, "Switch on: Officers' morning digest"))).isEqualTo("Switched on.");
		digest().run(Map.of("area", "ls-bl"));
		officer.awaitText("in the last 24 hours");

		StandInUser villager = newUser("Lộc", "en");
		villager.send("/help");
		villager.awaitText("What you can do:");
		this.members.chooseVillage(villager.id(), "ls-bl-na-an");
		villager.send("/settings");
		BotMessage own = villager.awaitText("What the bot sends you");
		assertThat(own.text()).doesNotContain("Officers'");
		assertThat(answer(villager.pressData(own, "set:t:OFFICER_DIGEST")))
			.isEqualTo("This button no longer applies. Send /settings again.");
		villager.press(own, "Switch off: Normal announcements");
		villager.await((m) -> m.text().contains("🔕 Normal announcements"), "announcements switched off");

		Audience village = new Audience(AudienceKind.VILLAGES, "ls-bl", List.of("ls-bl-na-an"));
		this.announcements.create(1, village, false, Map.of("en", "Market day moved to Thursday."), null, null,
				Timing.now(ZoneId.of("Asia/Ho_Chi_Minh")), null);
		this.announcements.create(1, village, true, Map.of("en", "Landslide on the road to Na An."), null, null,
				Timing.now(ZoneId.of("Asia/Ho_Chi_Minh")), null);
		villager.awaitText("Landslide on the road");
		Thread.sleep(1500);
		assertThat(villager.messages()).noneMatch((m) -> m.text().contains("Market day"));
	}

	/** The officers' morning digest, as the scheduler runs it. */
	private TimedTask digest() {
		return this.tasks.stream().filter((task) -> task.name().equals("incident.digest")).findFirst().orElseThrow();
	}

	private static String answer(ObjectNode press) {
		return telegram.callbackText(press.get("callback_query").get("id").asText());
	}

}
