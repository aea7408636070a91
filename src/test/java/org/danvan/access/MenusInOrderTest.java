package org.danvan.access;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /help}, the command menus and {@code /start} put first what each person does
 * most.
 */
class MenusInOrderTest extends EndToEndTest {

	private static final String VILLAGE = "kg-pm-tra-pho";

	@Autowired
	MemberManagement members;

	@Test
	void aVillagersHelpLeadsWithReportingAndEndsWithWhatIsRarelyNeeded() {
		StandInUser villager = newUser("Hanh", "en");
		villager.send("/help");

		List<String> commands = helpCommands(villager.awaitText("What you can do:"));

		assertThat(commands).startsWith("/report", "/mine", "/enroll", "/household")
			.endsWith("/language", "/help", "/start", "/cancel");
	}

	@Test
	void eachRoleLeadsWithItsDailyWorkInItsOwnLanguage() {
		StandInUser officer = member("Quang", "vi", Role.OFFICER);
		StandInUser coordinator = member("Mai", "km", Role.COORDINATOR);

		officer.send("/help");
		coordinator.send("/help");

		BotMessage officersHelp = officer.await(
				(m) -> m.text().startsWith("Những việc bạn có thể làm:") && m.text().contains("/incidents"),
				"the officer's help");
		assertThat(helpCommands(officersHelp)).startsWith("/incidents", "/announce")
			.containsSubsequence("/announce", "/report", "/mine", "/announcements", "/language");
		BotMessage coordinatorsHelp = coordinator.await((m) -> m.text().contains("/groups"), "the coordinator's help");
		assertThat(helpCommands(coordinatorsHelp)).startsWith("/enrollment", "/groups")
			.containsSubsequence("/groups", "/report", "/mine", "/invite", "/export", "/language");
	}

	@Test
	void theCommandMenusFollowTheSameOrder() {
		StandInUser officer = member("Thu", "en", Role.OFFICER);

		StandInUser.awaitTrue(() -> menuFor(officer.id()).length > 0, "the officer's own menu");
		assertThat(menuFor(officer.id())).startsWith("incidents", "announce")
			.containsSubsequence("announce", "report", "announcements")
			.endsWith("start", "cancel");
		List<JsonNode> defaults = telegram.calls("setmycommands")
			.stream()
			.filter((call) -> call.params().path("scope").path("type").asText().equals("default"))
			.map((call) -> call.params().path("commands"))
			.toList();
		assertThat(defaults).isNotEmpty().allMatch((menu) -> menu.get(0).path("command").asText().equals("report"));
	}

	@Test
	void aVillagerWithAVillageIsOfferedTheFirstThingsAsButtonsThatWork() {
		StandInUser villager = newUser("Tuan", "en");
		villager.send("/help");
		villager.awaitCount(1);
		this.members.chooseVillage(villager.id(), VILLAGE);

		villager.send("/start");
		BotMessage next = villager.awaitText("What would you like to do?");

		assertThat(next.buttonLabels()).containsExactly("Report an incident", "Your reports and where they stand",
				"Sign your household up to a self-managed group");
		villager.press(next, "Report an incident");
		villager.awaitText("What do you want to report?");
	}

	@Test
	void aNewcomerIsGivenOneNextStepChoosingTheirVillage() {
		StandInUser newcomer = newUser("Lien", "en");
		newcomer.send("/start");

		List<BotMessage> messages = newcomer.awaitCount(3);

		assertThat(messages.get(2).text()).startsWith("Which village do you live in?");
		assertThat(messages).noneMatch((m) -> m.text().equals("What would you like to do?"));
	}

	@Test
	void aCommandButtonIsCheckedLikeTheCommandItRuns() {
		StandInUser villager = newUser("Khoa", "en");
		villager.send("/help");
		BotMessage help = villager.awaitText("What you can do:");

		villager.pressData(help, "cmd:invite");

		villager.awaitText("Sorry, only a member with the coordinator role may do this.");
		assertThat(villager.messages()).noneMatch((m) -> m.text().contains("t.me/"));
	}

	private StandInUser member(String name, String language, Role role) {
		StandInUser member = newUser(name, language);
		member.send("/mine");
		member.awaitCount(1);
		this.members.grant(0, member.id(), new Grant(role, "kg-pm"));
		return member;
	}

	private static String[] menuFor(long chatId) {
		return telegram.calls("setmycommands")
			.stream()
			.filter((call) -> call.params().path("scope").path("chat_id").asLong() == chatId)
			.reduce((first, second) -> second)
			.map((call) -> {
				JsonNode commands = call.params().path("commands");
				String[] names = new String[commands.size()];
				for (int i = 0; i < names.length; i++) {
					names[i] = commands.get(i).path("command").asText();
				}
				return names;
			})
			.orElse(new String[0]);
	}

	private static List<String> helpCommands(BotMessage help) {
		return Arrays.stream(help.text().split("\n"))
			.filter((line) -> line.startsWith("/"))
			.map((line) -> line.split(" ")[0])
			.toList();
	}

}
