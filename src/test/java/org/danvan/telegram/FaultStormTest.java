package org.danvan.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.danvan.i18n.Text;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.Faults;
import org.danvan.sandbox.botapi.Faults.Fault;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram failing as it does in an outage ({@link Faults#outage}, seeded: sendMessage 20
 * % JSON 500, 10 % HTML 502, 5 % dropped after it was sent, 10 % slow by 3 s; getUpdates
 * 10 % dropped after answering, 10 % HTML 502; answerCallbackQuery 20 % JSON 500) while
 * 30 people send /help within 3 s and a bulk send goes to 1,000: everyone gets their
 * reply in time, the bulk send delivers all, duplicates come only from sends dropped
 * after Telegram took them, and once the storm is over replies are quick again.
 */
class FaultStormTest extends EndToEndTest {

	static final long FIRST_RECIPIENT = 900_000;

	static final int RECIPIENTS = 1000;

	static final String HELP = "What you can do:";

	@Autowired
	Broadcasts broadcasts;

	@Autowired
	MeterRegistry registry;

	@Test
	void noReplyIsLostWhileTelegramFails() throws InterruptedException {
		long idle = helpLatency(newUser("Idle", "en"));
		List<StandInUser> recipients = telegram.startedUsers(FIRST_RECIPIENT, RECIPIENTS, "vi");
		List<StandInUser> people = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			people.add(newUser("Storm" + i, "en"));
		}
		Map<Long, Long> answeredAt = new ConcurrentHashMap<>();
		LongConsumer watch = (chatId) -> {
			if (!answeredAt.containsKey(chatId)
					&& telegram.messages(chatId).stream().anyMatch((m) -> m.text().startsWith(HELP))) {
				answeredAt.putIfAbsent(chatId, System.nanoTime());
			}
		};
		telegram.onChange(watch);
		double uncertainBefore = uncertain();
		Faults faults = Faults.outage(2026);
		long start = System.nanoTime();
		Map<Long, Long> sentAt = new ConcurrentHashMap<>();
		try {
			telegram.faults(faults);
			this.broadcasts.start("fault-storm", Map.of("vi", Reply.message(Text.literal("Cảnh báo lũ: lên chỗ cao"))),
					recipients.stream().map((u) -> new Broadcasts.Recipient(u.id(), "vi")).toList());
			for (StandInUser person : people) {
				sentAt.put(person.id(), System.nanoTime());
				person.send("/help");
				Thread.sleep(100);
			}

			BotApiStandIn.await(() -> answeredAt.keySet().containsAll(sentAt.keySet()), Duration.ofSeconds(40),
					"all 30 people answered");
			pressButtons(people.subList(0, 10));
			BotApiStandIn.await(() -> this.broadcasts.progress("fault-storm").orElseThrow().done(),
					Duration.ofSeconds(100), "the bulk send to finish");
		}
		finally {
			telegram.faults(null);
			telegram.removeListener(watch);
		}
		long stormMillis = (System.nanoTime() - start) / 1_000_000;

		List<Long> latencies = people.stream()
			.map((person) -> (answeredAt.get(person.id()) - sentAt.get(person.id())) / 1_000_000)
			.sorted()
			.toList();
		long p99 = latencies.get((int) Math.ceil(0.99 * latencies.size()) - 1);
		Broadcasts.Progress progress = this.broadcasts.progress("fault-storm").orElseThrow();
		long bulkDuplicates = recipients.stream().mapToLong((u) -> Math.max(0, u.messages().size() - 1)).sum();
		long replyDuplicates = people.stream()
			.mapToLong((person) -> Math.max(0, person.messages().stream().filter(this::isHelp).count() - 1))
			.sum();
		long droppedAfterSent = faults.injected("sendMessage", Fault.DROP_AFTER);
		long after = helpLatency(newUser("After", "en"));
		System.out.printf(
				"Fault storm: %d s; replies 30/30 p50 %d ms p99 %d ms (idle %d ms, after %d ms); bulk %s; duplicates "
						+ "%d bulk + %d replies, sends dropped after Telegram took them %d, counted uncertain %.0f; "
						+ "injected sendMessage 500 %d, 502 %d, slow %d; getUpdates 502 %d, dropped %d; "
						+ "answerCallbackQuery 500 %d%n",
				stormMillis / 1000, latencies.get(latencies.size() / 2), p99, idle, after, progress, bulkDuplicates,
				replyDuplicates, droppedAfterSent, uncertain() - uncertainBefore,
				faults.injected("sendMessage", Fault.JSON_500), faults.injected("sendMessage", Fault.HTML_502),
				faults.injected("sendMessage", Fault.SLOW), faults.injected("getUpdates", Fault.HTML_502),
				faults.injected("getUpdates", Fault.DROP_AFTER),
				faults.injected("answerCallbackQuery", Fault.JSON_500));

		assertThat(faults.injected("sendMessage", Fault.HTML_502)).as("the storm met HTML 502s").isPositive();
		assertThat(faults.injected("getUpdates", Fault.DROP_AFTER) + faults.injected("getUpdates", Fault.HTML_502))
			.as("the storm met failed polls")
			.isPositive();
		assertThat(p99).as("p99 of the replies, ms").isLessThanOrEqualTo(15_000);
		assertThat(progress.sent()).as("bulk deliveries sent").isEqualTo(RECIPIENTS);
		assertThat(recipients).allSatisfy((u) -> assertThat(u.messages()).isNotEmpty());
		assertThat(bulkDuplicates + replyDuplicates).as("duplicates")
			.isLessThanOrEqualTo(droppedAfterSent)
			.isLessThanOrEqualTo((long) (uncertain() - uncertainBefore));
		assertThat(after).as("a reply after the storm, ms").isLessThanOrEqualTo(5_000);
	}

	/** Button presses during the storm: each is answered, and the picker edited once. */
	private static void pressButtons(List<StandInUser> pressing) {
		pressing.forEach((person) -> person.send("/language"));
		List<String> presses = new ArrayList<>();
		for (StandInUser person : pressing) {
			BotMessage picker = person.awaitText("Please choose your language:");
			presses.add(person.press(picker, "English").path("callback_query").path("id").asText());
		}
		presses.forEach(telegram::awaitAnswered);
		for (StandInUser person : pressing) {
			person.await((m) -> m.text().startsWith("Language set: English."), "the picker edited");
		}
	}

	private boolean isHelp(BotMessage message) {
		return message.text().startsWith(HELP);
	}

	private double uncertain() {
		return this.registry.counter("danvan.telegram.sends.uncertain").count();
	}

	private static long helpLatency(StandInUser user) {
		long start = System.nanoTime();
		user.send("/help");
		user.awaitText(HELP);
		return (System.nanoTime() - start) / 1_000_000;
	}

}
