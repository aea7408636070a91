package org.danvan.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.i18n.Text;
import org.danvan.support.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.support.FakeTelegram;
import org.danvan.support.FakeUser;
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
		List<FakeUser> users = new ArrayList<>();
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

		FakeTelegram.await(() -> this.broadcasts.progress("test-job-1").orElseThrow().done(), Duration.ofSeconds(20),
				"the job to finish");
		assertThat(this.broadcasts.progress("test-job-1")).contains(new Broadcasts.Progress(60, 58, 0, 2));
		assertThat(users.get(0).messages()).extracting(BotMessage::text).containsExactly("Họp thôn lúc 8 giờ <sáng>");
		assertThat(users.get(59).messages()).extracting(BotMessage::text).containsExactly("Village meeting at 8 <am>");
		assertThat(users).filteredOn((u) -> u.messages().size() != 1)
			.extracting(FakeUser::id)
			.containsExactlyInAnyOrder(users.get(3).id(), users.get(40).id());

		this.broadcasts.start("test-job-1", versions, recipients);
		assertThat(this.broadcasts.progress("test-job-1")).contains(new Broadcasts.Progress(60, 58, 0, 2));
		assertThat(users.get(0).messages()).hasSize(1);
	}

	@Test
	void failedDeliveriesCanBeSentAgain() {
		List<FakeUser> users = telegram.startedUsers(51_000, 5, "vi");
		telegram.failNext("sendMessage", users.get(0).id(), 400, "Bad Request: something odd", null);
		List<Broadcasts.Recipient> recipients = users.stream()
			.map((u) -> new Broadcasts.Recipient(u.id(), "vi"))
			.toList();

		this.broadcasts.start("test-job-2", Map.of("vi", Reply.message(Text.literal("Thông báo"))), recipients);
		FakeTelegram.await(() -> this.broadcasts.progress("test-job-2").orElseThrow().done(), Duration.ofSeconds(20),
				"the job to finish");
		assertThat(this.broadcasts.progress("test-job-2")).contains(new Broadcasts.Progress(5, 4, 1, 0));

		assertThat(this.broadcasts.retryFailed("test-job-2")).isEqualTo(1);
		FakeTelegram.await(() -> this.broadcasts.progress("test-job-2").orElseThrow().sent() == 5,
				Duration.ofSeconds(20), "the retried delivery");
		assertThat(users.get(0).messages()).hasSize(1);
	}

}
