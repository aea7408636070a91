package org.danvan.access;

import java.time.Instant;
import java.util.List;

import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.area.Level;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given invites made by an admin and a coordinator, then each grants exactly its role and
 * area once, and every privileged command and button is checked against role and area on
 * the server.
 */
class RolesAndInvitesTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	AreaManagement areas;

	@Autowired
	MongoTemplate mongo;

	@Test
	void anOfficerInvitedForOneCommuneActsThereAndIsRefusedInAnother() {
		List<Area> communes = communes();
		Area home = communes.get(0);
		Area other = communes.get(1);
		StandInUser officer = newUser("Quang", "en");

		String link = invite("officer " + home.id());
		officer.send("/start " + startPayload(link));

		officer.awaitText("Welcome! You now have the officer role for " + home.name("en"));
		assertThat(this.members.lookup(officer.id()).grants()).containsExactly(new Grant(Role.OFFICER, home.id()));
		officer.send("/roles " + home.id());
		officer.awaitText("Roles held:");
		officer.send("/roles " + other.id());
		officer.awaitText("You may not see the roles of " + other.name("en"));
		officer.send("/invite officer " + home.id());
		officer.awaitText("Sorry, only a member with the coordinator role may do this.");
	}

	@Test
	void aCoordinatorInvitesOnlyWithinTheirArea() {
		List<Area> communes = communes();
		StandInUser coordinator = newUser("Phuong", "en");
		coordinator.send("/start " + startPayload(invite("coordinator " + communes.get(0).id())));
		coordinator.awaitText("You now have the coordinator role");

		coordinator.send("/invite officer " + communes.get(1).id());
		coordinator.awaitText("You may not give the officer role for " + communes.get(1).name("en"));
		coordinator.send("/invite admin " + communes.get(0).id());
		coordinator.awaitText("You may not give the admin role");
		coordinator.send("/invite officer " + communes.get(0).id());
		coordinator.awaitText("Invite for the officer role in " + communes.get(0).name("en"));
	}

	@Test
	void anInviteWorksOnceAndNotAfterItExpires() {
		Area commune = communes().get(0);
		String used = startPayload(invite("officer " + commune.id()));
		StandInUser first = newUser("Son", "en");
		StandInUser second = newUser("Thao", "en");
		first.send("/start " + used);
		first.awaitText("You now have the officer role");
		second.send("/start " + used);
		second.awaitText("This invite has already been used.");

		String expired = startPayload(invite("officer " + commune.id()));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(expired.substring(4))),
				Update.update("expiresAt", Instant.now().minusSeconds(60)), Invite.class);
		second.send("/start " + expired);
		second.awaitText("This invite has expired.");
		assertThat(this.members.lookup(second.id()).grants()).isEmpty();
	}

	@Test
	void aVillagerReplayingAnAdminsRevokeButtonIsRefused() {
		Area commune = communes().get(0);
		StandInUser officer = newUser("Uyen", "en");
		officer.send("/start " + startPayload(invite("officer " + commune.id())));
		officer.awaitText("You now have the officer role");
		StandInUser admin = admin();
		admin.send("/roles " + commune.id());
		BotMessage roles = admin.await((m) -> m.text().startsWith("Roles held:") && m.text().contains("Uyen"),
				"the roles list");
		String revokeData = roles.button("Uyen").orElseThrow().callbackData();

		StandInUser villager = newUser("Vinh", "en");
		villager.send("/help");
		BotMessage own = villager.awaitText("What you can do:");
		String press = villager.pressData(own, revokeData).path("callback_query").path("id").asText();

		telegram.awaitAnswered(press);
		assertThat(this.members.lookup(officer.id()).grants()).containsExactly(new Grant(Role.OFFICER, commune.id()));

		String realPress = admin.press(roles, "Uyen").path("callback_query").path("id").asText();
		telegram.awaitAnswered(realPress);
		StandInUser.awaitTrue(() -> this.members.lookup(officer.id()).grants().isEmpty(), "the role revoked");
		admin.send("/audit");
		admin.await((m) -> m.text().contains("role.revoked") && m.text().contains("member:" + officer.id()),
				"the revocation in the audit log");
	}

	@Test
	void grantingARoleGivesThatChatItsOwnMenu() {
		StandInUser officer = newUser("Xuan", "vi");
		officer.send("/start " + startPayload(invite("officer " + communes().get(0).id())));
		officer.awaitText("Chào mừng!");

		StandInUser.awaitTrue(
				() -> telegram.calls("setmycommands")
					.stream()
					.anyMatch((call) -> call.params().path("scope").path("chat_id").asLong() == officer.id()
							&& call.params().path("commands").toString().contains("\"roles\"")),
				"a chat menu with /roles");
	}

	@Test
	void menusAreSetForEveryLanguageWithATwoLetterCode() {
		List<String> codes = telegram.calls("setmycommands")
			.stream()
			.filter((call) -> call.params().path("scope").path("type").asText().equals("default"))
			.map((call) -> call.params().path("language_code").asText(""))
			.toList();
		assertThat(codes).contains("", "vi", "en");
	}

	private StandInUser admin() {
		StandInUser admin = telegram.user(1, "Admin", "en");
		return admin;
	}

	private String invite(String args) {
		StandInUser admin = admin();
		int before = admin.messages().size();
		admin.send("/invite " + args);
		StandInUser.awaitTrue(
				() -> admin.messages().size() > before
						&& admin.messages().get(admin.messages().size() - 1).text().contains("https://t.me/"),
				"an invite link");
		String text = admin.messages().get(admin.messages().size() - 1).text();
		return text.substring(text.indexOf("https://t.me/")).split("\\s")[0];
	}

	private static String startPayload(String link) {
		assertThat(link).startsWith("https://t.me/danvan_test_bot?start=inv-");
		return link.substring(link.indexOf("start=") + 6);
	}

	private List<Area> communes() {
		return this.areas.within(this.areas.provinces().get(0).id())
			.stream()
			.filter((area) -> area.level() == Level.COMMUNE)
			.toList();
	}

}
