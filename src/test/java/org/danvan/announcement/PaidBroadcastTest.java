package org.danvan.announcement;

import java.nio.file.Path;
import java.util.List;

import org.danvan.shared.Grant;
import org.danvan.access.MemberManagement;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.FloodLimits;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.EndToEndTest;
import org.danvan.telegram.InboundUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Urgent announcements as Telegram's paid broadcast, with paid broadcast on and a budget
 * of 10 Stars, against the stand-in with Telegram's flood limits (30 messages a second
 * free, 1,000 paid): the preview quotes the Stars, the messages carry
 * {@code allow_paid_broadcast} and arrive faster than the free rate allows without a 429,
 * the month's budget is never passed, and normal announcements stay free.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaidBroadcastTest {

	static final BotApiStandIn telegram = new BotApiStandIn();

	static final Path data = EndToEndTest.tempDir("danvan-paid");

	static final String VILLAGE = "kg-vd-ta-em";

	static final long FIRST = 700_000;

	static final int VILLAGERS = 60;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		EndToEndTest.properties(registry, telegram, data);
		registry.add("danvan.announcements.paid-broadcast.enabled", () -> "true");
		registry.add("danvan.announcements.paid-broadcast.monthly-budget", () -> "10");
	}

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@Autowired
	MemberManagement members;

	@Autowired
	Announcements announcements;

	@Test
	@Order(1)
	void anUrgentAnnouncementGoesAsPaidBroadcastAtItsQuotedCost() {
		List<StandInUser> villagers = villagers();
		StandInUser officer = officer(800_001);
		telegram.floodLimits(FloodLimits.telegram());
		try {
			BotMessage preview = compose(officer, "Flood warning: move to the school now.", "Urgent");
			assertThat(preview.text()).contains("60 people", "🚨 Urgent",
					"Goes as Telegram paid broadcast: about 6 Stars for 60 messages (this month 10 of 10 Stars left), "
							+ "in about 1 second instead of 1 minute.");
			officer.press(preview, "Confirm");
			String code = code(officer.awaitText("is scheduled: now"));

			long start = System.nanoTime();
			awaitDelivered(code);
			double seconds = (System.nanoTime() - start) / 1e9;

			assertThat(villagers).allSatisfy(
					(villager) -> assertThat(villager.messages()).anyMatch((m) -> m.text().contains("Flood warning")));
			assertThat(telegram.calls("sendmessage")).filteredOn((call) -> isVillager(call))
				.hasSize(VILLAGERS)
				.allMatch((call) -> call.params().path("allow_paid_broadcast").asBoolean());
			assertThat(telegram.paidBroadcasts()).isEqualTo(VILLAGERS);
			assertThat(telegram.starsCharged()).isEqualTo(6.0, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(telegram.tooManyRequests()).isZero();
			assertThat(seconds).as("60 messages at the free 30 a second take two seconds").isLessThan(1.8);
			assertThat(this.announcements.find(code).flatMap(this.announcements::progress).orElseThrow().paidCalls())
				.isEqualTo(VILLAGERS);
			officer.send("/announcements");
			assertThat(officer.awaitText("Announcements").text()).contains(code + " · sent · 🚨",
					"Delivered 60 · pending 0 · failed 0 · blocked 0\n⚡ 60 messages as paid broadcast, about 6 Stars");
		}
		finally {
			telegram.floodLimits(null);
		}
	}

	@Test
	@Order(2)
	void oneTheBudgetNoLongerCoversGoesAtTheFreeRate() {
		StandInUser officer = officer(800_002);
		long paidBefore = telegram.paidBroadcasts();

		BotMessage preview = compose(officer, "Second warning: the dyke is open.", "Urgent");
		assertThat(preview.text()).contains(
				"This month's paid broadcast budget has 4 Stars left, not enough for about 6: this one goes at the normal rate, in about 1 minute.");
		officer.press(preview, "Confirm");
		awaitDelivered(code(officer.awaitText("is scheduled: now")));

		assertThat(telegram.paidBroadcasts()).isEqualTo(paidBefore);
		assertThat(telegram.calls("sendmessage"))
			.filteredOn((call) -> isVillager(call) && call.params().path("text").asText().contains("the dyke is open"))
			.hasSize(VILLAGERS)
			.noneMatch((call) -> call.params().has("allow_paid_broadcast"));
	}

	@Test
	@Order(3)
	void aNormalAnnouncementIsNeverPaid() {
		StandInUser officer = officer(800_003);
		long paidBefore = telegram.paidBroadcasts();

		BotMessage preview = compose(officer, "Market day moves to Thursday.", "Normal");
		assertThat(preview.text()).doesNotContain("paid broadcast", "Stars");
		officer.press(preview, "Confirm");
		awaitDelivered(code(officer.awaitText("is scheduled: now")));

		assertThat(telegram.paidBroadcasts()).isEqualTo(paidBefore);
	}

	private BotMessage compose(StandInUser officer, String text, String urgency) {
		officer.send("/announce");
		officer.press(officer.awaitText("Who is it for?"), "Chosen villages");
		officer.press(officer.awaitText("tick the villages"), "Ta Em");
		officer.press(officer.await((m) -> m.button("Done (1 village)").isPresent(), "Ta Em ticked"),
				"Done (1 village)");
		officer.awaitText("Write the announcement in English");
		officer.send(text);
		officer.press(officer.awaitText("English: written"), "Next");
		officer.press(officer.awaitText("Is it urgent?"), urgency);
		officer.press(officer.awaitText("When should it go?"), "Now");
		officer.press(officer.awaitText("Is it about an event"), "No event");
		return officer.awaitText("Ready to send");
	}

	private void awaitDelivered(String code) {
		BotApiStandIn.await(() -> this.announcements.find(code)
			.flatMap(this.announcements::progress)
			.filter((progress) -> progress.total() > 0 && progress.done())
			.isPresent(), java.time.Duration.ofSeconds(20), "the deliveries");
	}

	private static boolean isVillager(BotApiStandIn.Call call) {
		long chat = call.params().path("chat_id").asLong();
		return chat >= FIRST && chat < FIRST + VILLAGERS;
	}

	private static String code(BotMessage confirmed) {
		return confirmed.text().split("Announcement ")[1].split(" ")[0];
	}

	/** Villagers of Tà Êm who read English, made members without a chat each. */
	private List<StandInUser> villagers() {
		List<StandInUser> villagers = telegram.startedUsers(FIRST, VILLAGERS, "en");
		for (StandInUser villager : villagers) {
			this.members.identify(new InboundUser(villager.id(), "User", null, null, "en"));
			this.members.chooseVillage(villager.id(), VILLAGE);
		}
		return villagers;
	}

	private StandInUser officer(long id) {
		StandInUser officer = telegram.user(id, "Officer", "en");
		officer.send("/help");
		officer.awaitText("What you can do:");
		this.members.grant(0, officer.id(), new Grant(Role.OFFICER, "kg-vd"));
		return officer;
	}

}
