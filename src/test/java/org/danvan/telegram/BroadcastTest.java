package org.danvan.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.i18n.Text;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a bulk send to many people in two languages, then each gets their version once,
 * blocked chats are counted apart, progress can be read, and starting the job again sends
 * nothing more.
 */
class BroadcastTest extends EndToEndTest {

	@Autowired
	Broadcasts broadcasts;

	@Test
	void everyoneGetsTheirVersionOnceAndBlockedChatsAreCounted() {
		List<StandInUser> users = new ArrayList<>();
		users.addAll(telegram.startedUsers(50_000, 30, "vi"));
		users.addAll(telegram.startedUsers(50_100, 30, "en"));
		users.get(3).blockBot();
		users.get(40).blockBot();
		List<Broadcasts.Recipient> recipients = users.stream()
			.map((u) -> new Broadcasts.Recipient(u.id(), (u.id() < 50_100) ? "vi" : "en"))
			.toList();
		Map<String, Reply> versions = Map.of("vi", Reply.message(Text.literal("Họp thôn lúc 8 giờ <sáng>")), "en",
				Reply.message(Text.literal("Village meeting at 8 <am>")));

		this.broadcasts.start("test-job-1", versions, recipients);

		BotApiStandIn.await(() -> this.broadcasts.progress("test-job-1").orElseThrow().done(), Duration.ofSeconds(20),
				"the job to finish");
		assertThat(this.broadcasts.progress("test-job-1")).contains(new Broadcasts.Progress(60, 58, 0, 2));
		assertThat(users.get(0).messages()).extracting(BotMessage::text).containsExactly("Họp thôn lúc 8 giờ <sáng>");
		assertThat(users.get(59).messages()).extracting(BotMessage::text).containsExactly("Village meeting at 8 <am>");
		assertThat(users).filteredOn((u) -> u.messages().size() != 1)
			.extracting(StandInUser::id)
			.containsExactlyInAnyOrder(users.get(3).id(), users.get(40).id());

		this.broadcasts.start("test-job-1", versions, recipients);
		assertThat(this.broadcasts.progress("test-job-1")).contains(new Broadcasts.Progress(60, 58, 0, 2));
		assertThat(users.get(0).messages()).hasSize(1);
	}

	@Test
	void nothingIsSentToABlockedChatUntilThePersonWritesAgain() {
		List<StandInUser> users = telegram.startedUsers(52_000, 2, "vi");
		users.get(0).blockBot();
		List<Broadcasts.Recipient> recipients = users.stream()
			.map((u) -> new Broadcasts.Recipient(u.id(), "vi"))
			.toList();
		Map<String, Reply> versions = Map.of("vi", Reply.message(Text.literal("Thông báo")));
		this.broadcasts.start("test-job-3", versions, recipients);
		BotApiStandIn.await(() -> this.broadcasts.progress("test-job-3").orElseThrow().done(), Duration.ofSeconds(20),
				"the first job");
		int callsBefore = callsTo(users.get(0).id());

		this.broadcasts.start("test-job-4", versions, recipients);
		BotApiStandIn.await(() -> this.broadcasts.progress("test-job-4").orElseThrow().done(), Duration.ofSeconds(20),
				"the second job");

		assertThat(this.broadcasts.progress("test-job-4")).contains(new Broadcasts.Progress(2, 1, 0, 1));
		assertThat(callsTo(users.get(0).id())).isEqualTo(callsBefore);

		users.get(0).unblockBot();
		users.get(0).send("/help");
		users.get(0).awaitText("Những việc bạn có thể làm");
		this.broadcasts.start("test-job-5", versions, recipients);
		BotApiStandIn.await(() -> this.broadcasts.progress("test-job-5").orElseThrow().done(), Duration.ofSeconds(20),
				"the third job");
		assertThat(this.broadcasts.progress("test-job-5")).contains(new Broadcasts.Progress(2, 2, 0, 0));
	}

	private static int callsTo(long chatId) {
		return (int) telegram.calls("sendmessage")
			.stream()
			.filter((call) -> call.params().path("chat_id").asLong() == chatId)
			.count();
	}

	@Test
	void failedDeliveriesCanBeSentAgain() {
		List<StandInUser> users = telegram.startedUsers(51_000, 5, "vi");
		telegram.failNext("sendMessage", users.get(0).id(), 400, "Bad Request: something odd", null);
		List<Broadcasts.Recipient> recipients = users.stream()
			.map((u) -> new Broadcasts.Recipient(u.id(), "vi"))
			.toList();

		this.broadcasts.start("test-job-2", Map.of("vi", Reply.message(Text.literal("Thông báo"))), recipients);
		BotApiStandIn.await(() -> this.broadcasts.progress("test-job-2").orElseThrow().done(), Duration.ofSeconds(20),
				"the job to finish");
		assertThat(this.broadcasts.progress("test-job-2")).contains(new Broadcasts.Progress(5, 4, 1, 0));

		assertThat(this.broadcasts.retryFailed("test-job-2")).isEqualTo(1);
		BotApiStandIn.await(() -> this.broadcasts.progress("test-job-2").orElseThrow().sent() == 5,
				Duration.ofSeconds(20), "the retried delivery");
		assertThat(users.get(0).messages()).hasSize(1);
	}

}
