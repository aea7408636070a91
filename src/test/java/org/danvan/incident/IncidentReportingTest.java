package org.danvan.incident;

import java.time.Instant;
import java.util.List;

import org.danvan.area.Area;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a villager and the officers of their commune, when the villager reports an
 * incident by chat, then the officers are alerted at once with buttons to act, and the
 * villager hears of every change, named or anonymous.
 */
class IncidentReportingTest extends IncidentEndToEndTest {

	static final String COMMUNE = "kg-vd";

	@Test
	void aNamedReportWithLocationAndPhotoReachesTheOfficerWhoHandlesIt() {
		StandInUser officer = officer(COMMUNE);
		StandInUser villager = newUser("Thanh", "en");
		Area village = this.areas.children(COMMUNE).get(0);

		String code = report(villager, "Fire", "Forest fire near the patrol road", village, true, false, true);

		BotMessage alert = officer.awaitText("New report " + code);
		assertThat(officer.messages()).as("the alert is one message: no map or photo before it")
			.extracting(BotMessage::media)
			.containsOnlyNulls();
		assertThat(alert.text()).startsWith("🚨 URGENT")
			.contains("Forest fire near the patrol road", "Reporter: Thanh", "Photos: 1");
		assertThat(alert.button("🗺 Map").orElseThrow().url()).startsWith("https://www.openstreetmap.org/?mlat=");
		officer.press(alert, "📍 Pin");
		officer.await((m) -> m.media() != null && m.media().startsWith("location:"), "the pin on a press");
		officer.awaitText("Place of report " + code);
		officer.press(alert, "📷 Photos (1)");
		officer.await((m) -> m.media() != null && m.media().startsWith("photo:photo-"), "the photo on a press");
		officer.press(alert, "Take it");
		villager.awaitText("Your report " + code + " is now being handled by an officer.");
		BotMessage card = officer.await((m) -> m.messageId() == alert.messageId() && m.edits() >= 1, "the card");
		officer.press(card, "Resolved");
		villager.awaitText("Your report " + code + " is now resolved.");

		villager.send("/mine");
		villager.awaitText(code + " · Fire · resolved");
		officer.send("/incidents");
		BotMessage list = officer
			.await((m) -> m.text().startsWith("No open reports") || m.text().contains("open report"), "the open list");
		assertThat(list.text()).doesNotContain(code);

		BotMessage followUp = villager.awaitText("Your report " + code + " was resolved a few days ago.");
		villager.press(followUp, "Yes, still a problem");
		villager.awaitText("Your report " + code + " is open again");
		officer.await((m) -> m.messageId() != alert.messageId() && m.text().contains("New report " + code),
				"the area alerted again");
		Incident stored = this.mongo.findById(code, Incident.class);
		assertThat(stored.reporterId()).isEqualTo(villager.id());
		assertThat(stored.location()).isNotNull();
		assertThat(stored.photoFileIds()).hasSize(1);
		java.nio.file.Path kept = photoFolder().resolve(code).resolve("1.jpg");
		StandInUser.awaitTrue(() -> java.nio.file.Files.exists(kept), "the photo kept on disk");
		assertThat(kept)
			.hasBinaryContent(org.danvan.sandbox.botapi.BotApiStandIn.fileBytes(stored.photoFileIds().get(0)));
		assertThat(stored.history()).extracting(Incident.Change::status)
			.containsExactly(Status.NEW, Status.IN_PROGRESS, Status.RESOLVED, Status.NEW);
	}

	@Test
	void anAnonymousReportCarriesNoTraceOfTheReporterYetTheyHearBack() {
		StandInUser officer = officer(COMMUNE);
		StandInUser villager = newUser("Secret", "en");
		Area village = this.areas.children(COMMUNE).get(0);

		String code = report(villager, "Border security", "Strangers crossing at night", village, false, true, false);

		BotMessage alert = officer.awaitText("New report " + code);
		assertThat(alert.text()).contains("Reporter: anonymous")
			.doesNotContain("Secret")
			.doesNotContain(String.valueOf(villager.id()));
		org.bson.Document raw = this.mongo.findById(code, org.bson.Document.class, "incidents");
		assertThat(raw.toJson()).doesNotContain(String.valueOf(villager.id())).doesNotContain("Secret");
		assertThat(raw.get("reporterId")).isNull();
		officer.press(alert, "Acknowledge");
		villager.awaitText("Your report " + code + " is now acknowledged by an officer.");
		villager.send("/mine");
		villager.awaitText(code + " · Border security");

		officer.send("/incidents");
		BotMessage list = officer.awaitText("open report");
		assertThat(list.text()).contains(code, "acknowledged by an officer").doesNotContain("Secret");
		officer.press(list, code);
		BotMessage card = officer.await((m) -> m.text().startsWith("Report " + code), "the card from the list");
		assertThat(card.text()).contains("Reporter: anonymous");
		officer.press(card, "Ask the reporter");
		officer.awaitText("Type your question for the reporter of " + code);
		officer.send("How many people did you see?");
		officer.awaitText("Your question about " + code + " was sent.");
		BotMessage question = villager.awaitText("An officer has a question about your report " + code);
		assertThat(question.text()).contains("How many people did you see?").doesNotContain("Officer");
		villager.press(question, "Answer");
		villager.awaitText("Type your answer.");
		villager.send("About five, with heavy bags");
		villager.awaitText("Thank you, your answer was sent.");
		BotMessage answer = officer.awaitText("Answer from the reporter of " + code);
		assertThat(answer.text()).contains("About five, with heavy bags")
			.doesNotContain("Secret")
			.doesNotContain(String.valueOf(villager.id()));
		assertThat(this.mongo.findAll(org.bson.Document.class, "questions").toString())
			.doesNotContain(String.valueOf(villager.id()));
	}

	@Test
	void twoOfficersTakingAtOnceCannotBothWin() {
		StandInUser first = officer(COMMUNE);
		StandInUser second = officer(COMMUNE);
		StandInUser villager = newUser("Hai", "en");
		String code = report(villager, "Road or bridge", "Bridge planks broken", this.areas.children(COMMUNE).get(0),
				false, false, false);
		BotMessage one = first.awaitText("New report " + code);
		BotMessage two = second.awaitText("New report " + code);

		first.press(one, "Take it");
		second.press(two, "Take it");

		StandInUser.awaitTrue(() -> this.mongo.findById(code, Incident.class).status() == Status.IN_PROGRESS, "taken");
		second.await((m) -> m.messageId() == two.messageId() && m.edits() >= 1, "the second card refreshed");
		first.await((m) -> m.messageId() == one.messageId() && m.edits() >= 1, "the first card refreshed");
		Incident taken = this.mongo.findById(code, Incident.class);
		assertThat(taken.history()).filteredOn((c) -> c.status() == Status.IN_PROGRESS).hasSize(1);
		assertThat(taken.assigneeId()).isIn(first.id(), second.id());
	}

	@Test
	void nobodyActsOnAReportOutsideTheirRoleOrArea() {
		StandInUser own = officer(COMMUNE);
		StandInUser elsewhere = officer(otherCommune());
		StandInUser villager = newUser("Lam", "en");
		String code = report(villager, "Environment", "Oil in the canal", this.areas.children(COMMUNE).get(0), false,
				false, false);
		BotMessage alert = own.awaitText("New report " + code);
		assertThat(elsewhere.messages()).noneMatch((m) -> m.text().contains(code));

		elsewhere.send("/help");
		BotMessage help = elsewhere.awaitText("What you can do:");
		String outsider = elsewhere.pressData(help, "inc:take:" + code).path("callback_query").path("id").asText();
		BotMessage mine = villager.awaitText("reference is");
		String villagerPress = villager.pressData(mine, "inc:done:" + code).path("callback_query").path("id").asText();

		telegram.awaitAnswered(outsider);
		telegram.awaitAnswered(villagerPress);
		assertThat(this.mongo.findById(code, Incident.class).status()).isEqualTo(Status.NEW);
		assertThat(alert.buttons()).isNotEmpty();
	}

	@Test
	void aSecondReportOfTheSameProblemJoinsTheFirstInsteadOfDuplicatingIt() {
		StandInUser officer = officer(COMMUNE);
		StandInUser first = newUser("Mai", "en");
		StandInUser second = newUser("Dao", "en");
		Area village = this.areas.children(COMMUNE).get(1);
		String code = report(first, "Something else", "A fallen tree blocks the path", village, false, false, false);
		BotMessage alert = officer.awaitText("New report " + code);

		second.send("/report");
		second.press(second.awaitText("What do you want to report?"), "Something else");
		second.awaitText("Describe what you saw");
		second.send("Big tree across the path");
		second.awaitText("Where is it?");
		second.shareLocation(village.location().lat(), village.location().lon());
		second.press(second.awaitText("You can send up to 5 photos"), "Done");
		second.press(second.awaitText("Is it urgent"), "No, not urgent");
		second.press(second.awaitText("Should officers see your name?"), "Send anonymously");
		BotMessage same = second.awaitText("Others have already reported this here.");
		assertThat(same.text()).contains(code);
		second.press(same, "Same problem as " + code);
		second.awaitText("You were added to report " + code);

		officer.press(alert, "Take it");
		first.awaitText("Your report " + code + " is now being handled by an officer.");
		second.awaitText("Your report " + code + " is now being handled by an officer.");
		Incident stored = this.mongo.findById(code, Incident.class);
		assertThat(stored.followerIds()).isEmpty();
		assertThat(stored.followerRelays()).hasSize(1);
		assertThat(this.mongo.count(
				Query.query(Criteria.where("areaId").is(village.id()).and("category").is(Category.OTHER)),
				Incident.class))
			.isEqualTo(1);
	}

	@Test
	void badInputIsAnsweredAndNothingIsStoredTwice() {
		StandInUser villager = newUser("Kim", "en");
		Area village = this.areas.children(COMMUNE).get(0);
		villager.send("/report");
		BotMessage categories = villager.awaitText("What do you want to report?");
		villager.press(categories, "Flood");
		villager.awaitText("Describe what you saw");

		villager.sendPhoto(null);
		villager.awaitText("Please describe it in words, or send a voice note.");
		villager.send("🔥🔥🔥");
		villager.awaitText("Please describe what happened in a few words.");
		int before = villager.messages().size();
		villager.send("\u0001\u0007\u200B\u200B\u0001");
		StandInUser.awaitTrue(() -> villager.messages().size() > before, "an answer to control characters");
		assertThat(villager.messages().get(before).text()).isEqualTo("Please describe what happened in a few words.");
		villager.send("x".repeat(2001));
		villager.awaitText("That is too long: 2,001 characters, at most 2,000.");
		String stale = villager.pressData(categories, "rep:cat:fir").path("callback_query").path("id").asText();
		telegram.awaitAnswered(stale);
		villager.send("Water rising over the road");
		villager.awaitText("Where is it?");
		villager.shareLocation(21.0285, 105.8542);
		villager.awaitText("outside the areas this bot serves");
		villager.shareLocation(village.location().lat(), village.location().lon());
		BotMessage photos = villager.awaitText("You can send up to 5 photos");
		villager.press(photos, "Done");
		villager.press(villager.awaitText("Is it urgent"), "No, not urgent");
		villager.press(villager.awaitText("Should officers see your name?"), "Send with my name");
		BotMessage summary = villager.awaitText("Please check your report:");
		assertThat(summary.text()).contains("Type: Flood or landslide", "What: Water rising over the road");

		villager.press(summary, "Send the report");
		villager.await((m) -> m.messageId() == summary.messageId() && m.text().contains("reference is"), "the code");
		String again = villager.pressData(summary, "rep:ok:").path("callback_query").path("id").asText();
		telegram.awaitAnswered(again);

		List<Incident> stored = this.mongo.find(Query.query(Criteria.where("reporterId").is(villager.id())),
				Incident.class);
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).category()).isEqualTo(Category.FLOOD);
	}

	@Test
	void cancelAndExpiryEndTheConversation() {
		StandInUser villager = newUser("Nam", "en");
		villager.send("/report");
		villager.awaitText("What do you want to report?");
		villager.send("/cancel");
		villager.awaitText("Cancelled. Nothing was sent.");
		villager.send("hello");
		villager.awaitText("Sorry, I did not understand that.");

		villager.send("/report");
		villager.press(villager.awaitText("What do you want to report?"), "Fire");
		villager.awaitText("Describe what you saw");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(villager.id())),
				Update.update("expiresAt", Instant.now().minusSeconds(60)), "conversations");
		villager.send("It was yesterday");
		villager.awaitText("You took a while, so I closed what we were doing.");
	}

	private String otherCommune() {
		return this.areas.children(this.areas.children("ls").get(0).id()).get(0).id();
	}

}
