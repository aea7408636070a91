package org.danvan.telegram.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.sandbox.botapi.Faults;
import org.danvan.sandbox.botapi.FloodLimits;
import org.danvan.telegram.Lane;
import org.danvan.telegram.SendLimits;
import org.danvan.telegram.TelegramSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler against the strict fake Bot API over HTTP: each kind of failure Telegram
 * answers with, its limits, and the interactive lane's priority.
 */
class SendSchedulerTest {

	final BotApiStandIn telegram = new BotApiStandIn();

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	SendScheduler scheduler;

	@AfterEach
	void close() {
		if (this.scheduler != null) {
			this.scheduler.close();
		}
		this.telegram.close();
	}

	SendScheduler scheduler(double globalPerSecond) {
		return scheduler(globalPerSecond, Duration.ofSeconds(30), Duration.ofSeconds(3));
	}

	SendScheduler scheduler(double globalPerSecond, Duration interactiveDeadline, Duration retryFor) {
		SendLimits limits = new SendLimits(globalPerSecond, 1, 3, 20, 8, Duration.ofSeconds(1), Duration.ofMinutes(1),
				interactiveDeadline, retryFor, 300);
		TelegramSettings settings = new TelegramSettings(BotApiStandIn.TOKEN, URI.create(this.telegram.url()), null,
				null, "/webhook", Duration.ofSeconds(1), 1, 10, 1, Duration.ofSeconds(1), 20, Duration.ofMinutes(1));
		TelegramClientConfiguration configuration = new TelegramClientConfiguration();
		TelegramClient client = configuration.telegramClient(
				configuration.telegramHttpClient(settings, new BotApiLink(settings)), settings, limits,
				TelegramClientConfiguration.telegramUrl(settings.apiUrl()));
		this.scheduler = new SendScheduler(client, limits, new SendMetrics(this.registry), (chat) -> false);
		return this.scheduler;
	}

	CompletableFuture<SendOutcome> send(long chatId, Lane lane, String text) {
		return this.scheduler.submit(chatId, lane, SendMessage.builder().chatId(chatId).text(text).build());
	}

	@Test
	void aChatToldToWaitWaitsWhileOtherChatsGoOn() {
		scheduler(30);
		List<StandInUser> users = this.telegram.startedUsers(100, 2, "vi");
		this.telegram.failNext("sendMessage", 100, 429, "Too Many Requests: retry after 2", 2);

		long start = System.nanoTime();
		CompletableFuture<SendOutcome> waited = send(100, Lane.INTERACTIVE, "first");
		SendOutcome other = send(101, Lane.INTERACTIVE, "second").join();
		long otherMillis = millisSince(start);

		assertThat(other).isInstanceOf(SendOutcome.Sent.class);
		assertThat(otherMillis).isLessThan(1500);
		assertThat(waited.join()).isInstanceOf(SendOutcome.Sent.class);
		assertThat(millisSince(start)).isGreaterThanOrEqualTo(2000);
		assertThat(users.get(0).messages()).extracting(BotMessage::text).containsExactly("first");
	}

	@Test
	void twoChatsToldToWaitAtOncePauseEveryChat() throws InterruptedException {
		scheduler(30);
		this.telegram.startedUsers(200, 3, "vi");
		this.telegram.failNext("sendMessage", 200, 429, "Too Many Requests: retry after 2", 2);
		this.telegram.failNext("sendMessage", 201, 429, "Too Many Requests: retry after 2", 2);

		long start = System.nanoTime();
		CompletableFuture<SendOutcome> a = send(200, Lane.BULK, "a");
		CompletableFuture<SendOutcome> b = send(201, Lane.BULK, "b");
		BotApiStandIn.await(() -> this.telegram.tooManyRequests() == 2, Duration.ofSeconds(5), "two 429s");
		Thread.sleep(200);
		SendOutcome c = send(202, Lane.BULK, "c").join();

		assertThat(c).isInstanceOf(SendOutcome.Sent.class);
		assertThat(millisSince(start)).isGreaterThanOrEqualTo(1900);
		assertThat(a.join()).isInstanceOf(SendOutcome.Sent.class);
		assertThat(b.join()).isInstanceOf(SendOutcome.Sent.class);
	}

	@Test
	void serverErrorsAreRetriedThenGivenUp() {
		scheduler(30);
		this.telegram.startedUsers(300, 2, "vi");
		this.telegram.failNext("sendMessage", 300, 502, "Bad Gateway", null);
		for (int i = 0; i < 20; i++) {
			this.telegram.failNext("sendMessage", 301, 500, "Internal Server Error", null);
		}

		assertThat(send(300, Lane.BULK, "retried").join()).isInstanceOf(SendOutcome.Sent.class);
		long start = System.nanoTime();
		assertThat(send(301, Lane.BULK, "given up").join()).isInstanceOf(SendOutcome.Failed.class);
		assertThat(millisSince(start)).isGreaterThanOrEqualTo(3000);
		assertThat(this.registry.counter("danvan.telegram.retries").count()).isGreaterThanOrEqualTo(4);
		assertThat(this.telegram.messages(301)).isEmpty();
	}

	@Test
	void aSendWhoseConnectionDroppedAfterTelegramTookItMayArriveTwiceAndIsCounted() {
		scheduler(30);
		StandInUser user = this.telegram.startedUsers(310, 1, "vi").get(0);
		this.telegram.faultNext("sendMessage", 310, Faults.Fault.DROP_AFTER);

		assertThat(send(310, Lane.INTERACTIVE, "twice").join()).isInstanceOf(SendOutcome.Sent.class);

		assertThat(user.messages()).extracting(BotMessage::text).containsExactly("twice", "twice");
		assertThat(this.registry.counter("danvan.telegram.sends.uncertain").count()).isEqualTo(1);
	}

	@Test
	void aSendWhoseConnectionDroppedBeforeTelegramHandledItArrivesOnce() {
		scheduler(30);
		StandInUser user = this.telegram.startedUsers(315, 1, "vi").get(0);
		this.telegram.faultNext("sendMessage", 315, Faults.Fault.DROP_BEFORE);
		this.telegram.faultNext("sendMessage", 315, Faults.Fault.HTML_502);

		assertThat(send(315, Lane.INTERACTIVE, "once").join()).isInstanceOf(SendOutcome.Sent.class);

		assertThat(user.messages()).extracting(BotMessage::text).containsExactly("once");
		assertThat(this.telegram.calls("sendmessage")).hasSize(3);
	}

	@Test
	void anEditWhoseAnswerWasLostIsNotMadeTwiceNorCountedAsFailed() {
		scheduler(30);
		StandInUser user = this.telegram.startedUsers(320, 1, "vi").get(0);
		send(320, Lane.INTERACTIVE, "before").join();
		this.telegram.faultNext("editMessageText", 320, Faults.Fault.DROP_AFTER);

		SendOutcome edited = this.scheduler
			.submit(320, Lane.INTERACTIVE, EditMessageText.builder().chatId(320L).messageId(1).text("after").build())
			.join();

		assertThat(edited).isInstanceOf(SendOutcome.Sent.class);
		assertThat(this.telegram.calls("editmessagetext")).hasSize(2);
		assertThat(user.messages()).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEqualTo("after");
			assertThat(message.edits()).isEqualTo(1);
		});
	}

	@Test
	void aReplyPastItsDeadlineArrivesLateWithoutItsButtons() {
		scheduler(30, Duration.ofMillis(800), Duration.ofMinutes(1));
		StandInUser user = this.telegram.startedUsers(330, 1, "vi").get(0);
		for (int i = 0; i < 4; i++) {
			this.telegram.failNext("sendMessage", 330, 500, "Internal Server Error", null);
		}
		InlineKeyboardMarkup buttons = new InlineKeyboardMarkup(List
			.of(new InlineKeyboardRow(InlineKeyboardButton.builder().text("Choose").callbackData("x:y").build())));

		long start = System.nanoTime();
		SendOutcome outcome = this.scheduler
			.submit(330, Lane.INTERACTIVE, SendMessage.builder().chatId(330L).text("late").replyMarkup(buttons).build())
			.join();

		assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
		assertThat(millisSince(start)).isGreaterThanOrEqualTo(800);
		assertThat(user.messages()).singleElement().satisfies((message) -> {
			assertThat(message.text()).isEqualTo("late");
			assertThat(message.buttons()).isEmpty();
		});
	}

	@Test
	void aReplyRetriedWithinItsDeadlineKeepsItsButtons() {
		scheduler(30);
		StandInUser user = this.telegram.startedUsers(335, 1, "vi").get(0);
		this.telegram.failNext("sendMessage", 335, 500, "Internal Server Error", null);
		InlineKeyboardMarkup buttons = new InlineKeyboardMarkup(List
			.of(new InlineKeyboardRow(InlineKeyboardButton.builder().text("Choose").callbackData("x:y").build())));

		this.scheduler
			.submit(335, Lane.INTERACTIVE, SendMessage.builder().chatId(335L).text("soon").replyMarkup(buttons).build())
			.join();

		assertThat(user.messages()).singleElement().satisfies((message) -> assertThat(message.buttons()).hasSize(1));
	}

	@Test
	void aTimeoutIsRetried() {
		scheduler(30);
		this.telegram.startedUsers(400, 1, "vi");
		this.telegram.delayNext("sendMessage", 400, Duration.ofMillis(2500));

		assertThat(send(400, Lane.INTERACTIVE, "slow").join()).isInstanceOf(SendOutcome.Sent.class);
		assertThat(this.registry.counter("danvan.telegram.retries").count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aBlockedChatIsUnreachableAndWhatElseWaitsForItIsDropped() {
		scheduler(30);
		StandInUser user = this.telegram.startedUsers(500, 1, "vi").get(0);
		user.blockBot();

		List<CompletableFuture<SendOutcome>> sent = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			sent.add(send(500, Lane.BULK, "m" + i));
		}

		assertThat(sent).allSatisfy((f) -> assertThat(f.join()).isInstanceOf(SendOutcome.Unreachable.class));
		assertThat(this.telegram.calls("sendmessage")).hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void anUnknownChatIsUnreachable() {
		scheduler(30);

		SendOutcome outcome = send(987654, Lane.INTERACTIVE, "nobody").join();

		assertThat(outcome).isInstanceOf(SendOutcome.Unreachable.class);
		assertThat(((SendOutcome.Unreachable) outcome).reason()).contains("chat not found");
	}

	@Test
	void oneChatsMessagesArriveInOrder() {
		scheduler(30);
		StandInUser user = this.telegram.startedUsers(600, 1, "vi").get(0);

		List<CompletableFuture<SendOutcome>> sent = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			sent.add(send(600, (i % 2 == 0) ? Lane.BULK : Lane.INTERACTIVE, "m" + i));
		}
		sent.forEach(CompletableFuture::join);

		assertThat(user.messages()).extracting(BotMessage::text).containsSubsequence("m0", "m2", "m4");
		assertThat(user.messages()).extracting(BotMessage::text).containsSubsequence("m1", "m3", "m5");
	}

	@Test
	void interactiveRepliesGoBeforeABulkBacklog() {
		scheduler(20);
		this.telegram.startedUsers(1000, 201, "vi");
		List<CompletableFuture<SendOutcome>> bulk = new ArrayList<>();
		for (long chat = 1000; chat < 1200; chat++) {
			bulk.add(send(chat, Lane.BULK, "broadcast"));
		}

		long start = System.nanoTime();
		assertThat(send(1200, Lane.INTERACTIVE, "reply").join()).isInstanceOf(SendOutcome.Sent.class);
		long replyMillis = millisSince(start);

		assertThat(replyMillis).isLessThan(500);
		assertThat(bulk.stream().filter(CompletableFuture::isDone).count()).isLessThan(100);
	}

	@Test
	void keepingItsOwnLimitsTheBotProvokesNo429() {
		this.telegram.floodLimits(FloodLimits.telegram().scaled(10));
		scheduler(300);
		this.telegram.startedUsers(2000, 300, "vi");

		List<CompletableFuture<SendOutcome>> sent = new ArrayList<>();
		for (long chat = 2000; chat < 2300; chat++) {
			sent.add(send(chat, Lane.BULK, "hello"));
			sent.add(send(chat, Lane.BULK, "again"));
		}
		sent.forEach(CompletableFuture::join);

		assertThat(this.telegram.tooManyRequests()).isZero();
		assertThat(sent).allSatisfy((f) -> assertThat(f.join()).isInstanceOf(SendOutcome.Sent.class));
	}

	@Test
	void paidBroadcastGoesAtThePaidRateAndTheFreeRateStillHolds() {
		this.telegram.floodLimits(new FloodLimits(30, 1, 3, 20, 300));
		scheduler(30);
		this.telegram.startedUsers(3000, 300, "vi");

		long start = System.nanoTime();
		List<CompletableFuture<SendOutcome>> paid = new ArrayList<>();
		for (long chat = 3000; chat < 3300; chat++) {
			paid.add(this.scheduler.submit(chat, Lane.BULK,
					TelegramCall
						.of(SendMessage.builder().chatId(chat).text("flood warning").allowPaidBroadcast(true).build()),
					true));
		}
		paid.forEach(CompletableFuture::join);
		long paidMillis = millisSince(start);

		assertThat(paid).allSatisfy((f) -> assertThat(f.join()).isInstanceOf(SendOutcome.Sent.class));
		assertThat(this.telegram.paidBroadcasts()).isEqualTo(300);
		assertThat(this.telegram.tooManyRequests()).isZero();
		assertThat(paidMillis).as("300 at the free 30 a second take ten seconds").isLessThan(5000);

		this.scheduler.close();
		scheduler(300);
		List<CompletableFuture<SendOutcome>> unpaid = new ArrayList<>();
		for (long chat = 3000; chat < 3100; chat++) {
			unpaid.add(send(chat, Lane.BULK, "no flag"));
		}
		unpaid.forEach(CompletableFuture::join);
		assertThat(this.telegram.tooManyRequests()).as("past 30 a second without the flag").isPositive();
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
