package org.danvan.access;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a new villager, then they find their village by drilling down with buttons, or by
 * sharing their location.
 */
class VillagePickerTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	AreaManagement areas;

	@Test
	void aNewVillagerDrillsDownToTheirVillage() {
		Area province = this.areas.provinces().get(0);
		Area commune = this.areas.children(this.areas.children(province.id()).get(0).id()).get(0);
		Area village = this.areas.children(commune.id()).get(0);
		StandInUser user = newUser("Yen", "en");
		user.send("/start");

		BotMessage picker = user.awaitText("Which village do you live in?");
		assertThat(picker.buttonLabels()).contains(province.name("en"));
		user.press(picker, province.name("en"));
		BotMessage communes = user.await((m) -> m.messageId() == picker.messageId() && m.edits() == 1, "the communes");
		assertThat(communes.buttonLabels()).contains(commune.name("en"), "⬆ Back");
		user.press(communes, commune.name("en"));
		BotMessage villages = user.await((m) -> m.messageId() == picker.messageId() && m.edits() == 2, "the villages");
		user.press(villages, village.name("en"));

		user.awaitText("Your village: " + village.name("en") + ", " + commune.name("en"));
		assertThat(this.members.lookup(user.id()).villageId()).isEqualTo(village.id());
	}

	@Test
	void aSharedLocationSuggestsTheNearestVillage() {
		Area village = this.areas.villages(this.areas.provinces().get(1).id()).get(0);
		StandInUser user = newUser("Anh", "en");
		user.send("/village");
		user.awaitText("Which village do you live in?");

		user.shareLocation(village.location().lat() + 0.001, village.location().lon() - 0.001);

		BotMessage suggestion = user.awaitText("The nearest village is " + village.name("en"));
		user.press(suggestion, "Yes, that is my village");
		user.awaitText("Your village: " + village.name("en"));
		assertThat(this.members.lookup(user.id()).villageId()).isEqualTo(village.id());
	}

	@Test
	void aLocationFarFromEveryVillageIsSaidToBeOutside() {
		StandInUser user = newUser("Bao", "en");
		user.send("/help");
		user.awaitText("What you can do:");

		user.shareLocation(21.0285, 105.8542);

		BotMessage answer = user.awaitText("That place is outside the areas this bot serves.");
		assertThat(answer.buttons()).isNotEmpty();
		assertThat(this.members.lookup(user.id()).villageId()).isNull();
	}

	@Test
	void aForgedVillageButtonChangesNothing() {
		StandInUser user = newUser("Cuong", "en");
		user.send("/village");
		BotMessage picker = user.awaitText("Which village do you live in?");

		String press = user.pressData(picker, "vil:set:" + this.areas.provinces().get(0).id())
			.path("callback_query")
			.path("id")
			.asText();

		telegram.awaitAnswered(press);
		assertThat(this.members.lookup(user.id()).villageId()).isNull();
	}

}
