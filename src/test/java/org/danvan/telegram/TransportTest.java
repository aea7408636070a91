package org.danvan.telegram;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.danvan.access.MemberManagement;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.EndToEndTest;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.Faults;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.TestCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport against a strict fake Bot API: failures, limits and long texts.
 */
@ExtendWith(OutputCaptureExtension.class)
class TransportTest extends EndToEndTest {

	@Autowired
	MemberManagement members;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Messenger messenger;

	@Autowired
	MeterRegistry registry;

	@Test
	void aFailingHandlerApologisesAndTheBotGoesOn() {
		StandInUser user = newUser("Binh", "en");
		user.send("/boom");
		user.awaitText("Sorry, something went wrong on our side");

		user.send("/help");
		user.awaitText("What you can do:");
	}

	@Test
	void aTextOverTheLimitArrivesInPiecesThatTelegramAccepts() {
		StandInUser user = newUser("Chi", "en");
		user.send("/long");

		String expected = TestCommands.longText();
		BotApiStandIn.await(() -> String.join("\n", texts(user)).length() >= expected.strip().length() - 10,
				Duration.ofSeconds(10), "the whole long text");
		List<String> pieces = texts(user);
		assertThat(pieces).hasSizeGreaterThanOrEqualTo(3).allMatch((piece) -> piece.length() <= 4096);
		assertThat(String.join("\n", pieces)).isEqualTo(expected.strip());
		assertThat(user.messages().get(0).html()).contains("&lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quoted&quot;");
	}

	@Test
	void aTooManyRequestsAnswerIsObeyed() {
		StandInUser user = newUser("Dung", "en");
		user.send("/start");
		user.awaitCount(3);
		telegram.failNext("sendMessage", user.id(), 429, "Too Many Requests: retry after 1", 1);
		int before = telegram.calls("sendmessage").size();

		user.send("/help");

		user.awaitText("What you can do:");
		List<BotApiStandIn.Call> sends = telegram.calls("sendmessage");
		List<BotApiStandIn.Call> mine = sends.subList(before, sends.size())
			.stream()
			.filter((call) -> call.params().path("chat_id").asLong() == user.id())
			.toList();
		assertThat(mine).hasSize(2);
		assertThat(Duration.between(mine.get(0).at(), mine.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aReplyMetWithTheFrontEndsHtmlErrorPageIsSentAgain() {
		StandInUser user = startedAndIdle("Hai");
		telegram.faultNext("sendMessage", user.id(), Faults.Fault.HTML_502);
		int before = telegram.calls("sendmessage").size();

		user.send("/help");

		user.awaitText("What you can do:");
		assertThat(callsTo(user, before)).hasSize(2);
		assertThat(texts(user)).filteredOn((text) -> text.startsWith("What you can do:")).hasSize(1);
	}

	@Test
	void aReplyWhoseConnectionDroppedBeforeTelegramTookItIsSentAgain() {
		StandInUser user = startedAndIdle("Hoa");
		telegram.faultNext("sendMessage", user.id(), Faults.Fault.DROP_BEFORE);
		int before = telegram.calls("sendmessage").size();

		user.send("/help");

		user.awaitText("What you can do:");
		assertThat(callsTo(user, before)).hasSize(2);
		assertThat(texts(user)).filteredOn((text) -> text.startsWith("What you can do:")).hasSize(1);
	}

	@Test
	void aFlappingLongPollIsOneWarningLineEachAndLosesNothing(CapturedOutput output) {
		StandInUser user = startedAndIdle("Lan");
		Faults faults = new Faults(11).on("getUpdates", new Faults.Mix(0, 0.5, 0, 0.5, 0, Duration.ZERO));
		telegram.faults(faults);

		user.send("/help");
		BotApiStandIn.await(
				() -> faults.injected("getUpdates", Faults.Fault.HTML_502) >= 1
						&& faults.injected("getUpdates", Faults.Fault.DROP_AFTER) >= 1,
				Duration.ofSeconds(10), "both kinds of failed poll");
		telegram.faults(null);

		user.awaitText("What you can do:");
		assertThat(texts(user)).filteredOn((text) -> text.startsWith("What you can do:")).hasSize(1);
		// the stand-in counts a fault when it picks it, a moment before the poller reads
		// it
		BotApiStandIn.await(() -> output.getOut().contains("502 text/html: 502 Bad Gateway"), Duration.ofSeconds(10),
				"the failed polls logged");
		List<String> warnings = output.getOut()
			.lines()
			.filter((line) -> line.contains("Polling Telegram failed"))
			.toList();
		assertThat(warnings).isNotEmpty().allMatch((line) -> line.contains("WARN"));
		assertThat(warnings).anyMatch((line) -> line.contains("502 text/html: 502 Bad Gateway"));
		assertThat(output.getOut()).doesNotContain("Error received from Telegram GetUpdates")
			.doesNotContain("at org.telegram.telegrambots.longpolling");
	}

	@Test
	void aButtonAnswerAndAnEditWhoseAnswersWereLostAreNotTakenForRefusals(CapturedOutput output) {
		StandInUser user = newUser("Phuong", "vi");
		user.send("/language");
		BotMessage picker = user.awaitText("Vui lòng chọn ngôn ngữ:");
		telegram.faultNext("answerCallbackQuery", 0, Faults.Fault.DROP_AFTER);
		telegram.faultNext("editMessageText", user.id(), Faults.Fault.DROP_AFTER);
		double uncertain = this.registry.counter("danvan.telegram.sends.uncertain").count();

		String press = user.press(picker, "English").path("callback_query").path("id").asText();

		telegram.awaitAnswered(press);
		BotMessage confirmed = user.await((m) -> m.messageId() == picker.messageId() && m.edits() == 1,
				"the picker edited into a confirmation");
		BotApiStandIn.await(() -> this.registry.counter("danvan.telegram.sends.uncertain").count() >= uncertain + 2,
				Duration.ofSeconds(10), "both lost answers counted");
		BotApiStandIn.await(() -> edits(user.id()) == 2, Duration.ofSeconds(10), "the edit tried again");
		assertThat(confirmed.text()).startsWith("Language set: English.");
		assertThat(telegram.calls("answercallbackquery"))
			.filteredOn((call) -> call.params().path("callback_query_id").asText().equals(press))
			.hasSize(2);
		assertThat(user.messages()).filteredOn((m) -> m.messageId() == picker.messageId())
			.singleElement()
			.extracting(BotMessage::edits)
			.isEqualTo(1);
		assertThat(output.getOut()).doesNotContain("Telegram refused answerCallbackQuery")
			.doesNotContain("Telegram refused editMessageText");
	}

	private static long edits(long chatId) {
		return telegram.calls("editmessagetext")
			.stream()
			.filter((call) -> call.params().path("chat_id").asLong() == chatId)
			.count();
	}

	private StandInUser startedAndIdle(String name) {
		StandInUser user = newUser(name, "en");
		user.send("/start");
		user.awaitCount(3);
		return user;
	}

	private static List<BotApiStandIn.Call> callsTo(StandInUser user, int from) {
		List<BotApiStandIn.Call> sends = telegram.calls("sendmessage");
		return sends.subList(from, sends.size())
			.stream()
			.filter((call) -> call.params().path("chat_id").asLong() == user.id())
			.toList();
	}

	@Test
	void unknownCommandsAndPlainTextAreAnsweredPolitely() {
		StandInUser user = newUser("Giang", "en");
		user.send("/fly");
		user.awaitText("I don't know the command /fly.");
		user.send("hello?");
		user.awaitText("Sorry, I did not understand that.");
	}

	@Test
	void aPersonWhoBlockedTheBotIsMarkedUnreachableUntilTheyWriteAgain() {
		StandInUser user = newUser("Khanh", "vi");
		user.send("/start");
		user.awaitCount(3);

		user.blockBot();
		BotApiStandIn.await(() -> !reachable(user.id()), Duration.ofSeconds(10), "member marked unreachable");

		user.unblockBot();
		user.send("/help");
		user.awaitText("Những việc bạn có thể làm");
		assertThat(reachable(user.id())).isTrue();
	}

	@Test
	void sendingToABlockedChatMarksItUnreachable() {
		StandInUser user = newUser("Long", "vi");
		user.send("/start");
		user.awaitCount(3);
		user.unblockBot();
		telegram.failNext("sendMessage", user.id(), 403, "Forbidden: bot was blocked by the user", null);

		this.messenger.send(user.id(), "vi", Reply.message(org.danvan.i18n.Text.of("bot.error")));

		BotApiStandIn.await(() -> !reachable(user.id()), Duration.ofSeconds(10), "member marked unreachable");
	}

	private boolean reachable(long id) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class, "members")
			.getBoolean("reachable");
	}

	private static List<String> texts(StandInUser user) {
		return user.messages().stream().map(BotMessage::text).toList();
	}

}
