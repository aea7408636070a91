package org.danvan.incident;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.danvan.area.Area;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.FloodLimits;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the stand-in keeping Telegram's flood limits (30 a second for the bot, 1 a second
 * after a burst of 3 for a chat, edits counted with sends), the day's work draws no 429:
 * an admin's invites in a row, a report whose buttons edit and send in the reporter's
 * chat, and its alert to a dozen officers who act on it.
 */
class NoFloodWaitsInNormalUseTest extends IncidentEndToEndTest {

	private static final String COMMUNE = "kg-vd";

	@Autowired
	MeterRegistry registry;

	private long tooManyBefore;

	@BeforeEach
	void telegramsLimits() {
		telegram.floodLimits(FloodLimits.telegram());
		this.tooManyBefore = telegram.tooManyRequests();
	}

	@AfterEach
	void noLimits() {
		telegram.floodLimits(null);
	}

	@Test
	void invitesAReportItsAlertAndTheOfficersPressesDrawNoFloodWait() {
		double waitsBefore = this.registry.counter("danvan.telegram.flood-waits").count();
		StandInUser admin = telegram.user(1, "Admin", "en");
		for (int i = 0; i < 5; i++) {
			admin.send("/invite officer " + COMMUNE);
		}
		admin.await((m) -> admin.messages().stream().filter((x) -> x.text().startsWith("Invite for")).count() >= 5,
				"five invites");
		List<StandInUser> officers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			officers.add(officer(COMMUNE));
		}
		StandInUser villager = newUser("Nga", "en");
		villager.send("/start");
		villager.awaitCount(3);
		Area village = this.areas.children(COMMUNE).get(0);

		String code = report(villager, "Health emergency", "A child with a high fever", village, true, false, true);

		for (StandInUser officer : officers) {
			officer.awaitText("New report " + code);
		}
		BotMessage alert = officers.get(0).awaitText("New report " + code);
		officers.get(0).press(alert, "📍 Pin");
		officers.get(0).press(alert, "📷 Photos (1)");
		officers.get(0).press(alert, "Take it");
		villager.awaitText("Your report " + code + " is now being handled by an officer.");
		officers.get(0).awaitText("Place of report " + code);
		BotMessage taken = officers.get(0)
			.await((m) -> m.messageId() == alert.messageId() && m.edits() >= 1, "the card taken");
		officers.get(0).press(taken, "Resolved");
		// resolved, so that no later test is asked whether its report is the same problem
		villager.awaitText("Your report " + code + " is now resolved.");

		assertThat(telegram.tooManyRequests() - this.tooManyBefore).as("429 answers from the stand-in").isZero();
		assertThat(this.registry.counter("danvan.telegram.flood-waits").count() - waitsBefore).isZero();
	}

}
