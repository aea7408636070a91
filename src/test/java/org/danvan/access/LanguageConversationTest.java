package org.danvan.access;

import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a person who opens the bot, when they start it and pick a language, then the bot
 * speaks that language from then on.
 */
class LanguageConversationTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Test
	void startGreetsInTheTelegramLanguageAndOffersEveryLanguage() {
		StandInUser user = newUser("Alice", "en");
		user.send("/start");

		user.awaitText("Hello Alice! This is DanVan");
		BotMessage picker = user.awaitText("Please choose your language:");
		assertThat(picker.buttonLabels()).hasSize(6).contains("Tiếng Việt", "✓ English", "Français");
		assertThat(picker.button("English").orElseThrow().callbackData()).isEqualTo("lang:set:en");
	}

	@Test
	void anUnsupportedTelegramLanguageGetsVietnamese() {
		StandInUser user = newUser("Hans", "de");
		user.send("/start");

		user.awaitText("Xin chào Hans!");
		assertThat(this.members.lookup(user.id()).language()).isEqualTo("vi");
	}

	@Test
	void pickingALanguageConfirmsInItAndIsKept() {
		StandInUser user = newUser("Lan", "vi");
		user.send("/language");
		BotMessage picker = user.awaitText("Vui lòng chọn ngôn ngữ:");

		user.press(picker, "English");

		BotMessage confirmed = user.await((m) -> m.messageId() == picker.messageId() && m.edits() == 1,
				"the picker edited into a confirmation");
		assertThat(confirmed.text()).startsWith("Language set: English.");
		assertThat(confirmed.buttons()).isEmpty();
		assertThat(this.members.lookup(user.id()).language()).isEqualTo("en");

		user.send("/help");
		BotMessage help = user.awaitText("What you can do:");
		assertThat(help.text()).contains("/language — Change the language");
	}

	@Test
	void everyButtonPressIsAnswered() {
		StandInUser user = newUser("Minh", "vi");
		user.send("/language");
		BotMessage picker = user.awaitText("Vui lòng chọn ngôn ngữ:");

		String press = user.press(picker, "English").path("callback_query").path("id").asText();

		telegram.awaitAnswered(press);
	}

	@Test
	void aForgedLanguageButtonChangesNothing() {
		StandInUser user = newUser("Tuan", "vi");
		user.send("/language");
		BotMessage picker = user.awaitText("Vui lòng chọn ngôn ngữ:");

		String forged = user.pressData(picker, "lang:set:xx").path("callback_query").path("id").asText();
		String garbage = user.pressData(picker, "\u0000garbage").path("callback_query").path("id").asText();
		String unknown = user.pressData(picker, "nope:do:1").path("callback_query").path("id").asText();

		telegram.awaitAnswered(forged);
		telegram.awaitAnswered(garbage);
		telegram.awaitAnswered(unknown);
		assertThat(this.members.lookup(user.id()).language()).isEqualTo("vi");
		assertThat(user.messages()).allMatch((m) -> m.edits() == 0);
	}

	@Test
	void aDeepLinkTheBotDoesNotKnowIsExplained() {
		StandInUser user = newUser("Hoa", "vi");
		user.send("/start zz-doesnotexist");

		user.awaitText("Đường dẫn này không hợp lệ");
		user.awaitText("Xin chào Hoa!");
	}

}
