package org.danvan.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.sandbox.botapi.FloodLimits;

/**
 * The bot in its own JVM against the fake Bot API with Telegram's flood limits scaled by
 * ten. Prints: bulk throughput to 10,000 members as a fraction of the allowed rate and
 * the 429s it provoked; reply latency (p50, p99) while that runs against the same with no
 * bulk send; and after a SIGKILL in the middle of a bulk send and a restart, how many
 * were skipped or got it twice.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify -Dbenchmark=BulkBenchmark}
 */
public final class BulkBenchmark {

	/** How much the flood limits are scaled up: {@code -Dscale=10}; 4 by default. */
	static final double SCALE = Double.parseDouble(System.getProperty("scale", "4"));

	static final int MEMBERS = 10_000;

	static final long FIRST = 1_000_000;

	/** Replies timed in each phase: enough that the p99 is not just the worst one. */
	static final int REPLIES = 400;

	/**
	 * Replies first sent untimed in each phase, while the JIT compiles the reply path.
	 */
	static final int WARM_UP = 30;

	private BulkBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		FloodLimits limits = FloodLimits.telegram().scaled(SCALE);
		String[] settings = { "--danvan.telegram.limits.global-per-second=" + limits.globalPerSecond(),
				"--danvan.telegram.limits.chat-per-second=" + limits.chatPerSecond(),
				"--danvan.telegram.limits.group-per-minute=" + limits.groupPerMinute(),
				"--danvan.telegram.bulk.lease=3s", "--danvan.telegram.inbound-per-minute=1000" };
		throughputAndLatency(limits, settings);
		if (!Boolean.getBoolean("latencyOnly")) {
			crashAndResume(limits, settings);
		}
	}

	private static void throughputAndLatency(FloodLimits limits, String[] settings) throws Exception {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			telegram.floodLimits(limits);
			telegram.startedUsers(FIRST, MEMBERS, "vi");
			Path data = Files.createTempDirectory("danvan-bulk");
			Process idle = harness(resume(telegram, data, settings));
			Latencies quiet = replyLatencies(telegram, 2_000_000);
			stop(idle);

			List<String> start = new ArrayList<>(
					List.of("start", "bench", String.valueOf(FIRST), String.valueOf(MEMBERS)));
			start.addAll(BulkHarness.appArgs(telegram, data, settings));
			Process busy = harness(start);
			awaitSlowly(() -> sentTo(telegram, FIRST, MEMBERS) > 500, Duration.ofSeconds(120));
			Latencies loaded = replyLatencies(telegram, 3_000_000);
			awaitSlowly(() -> sentTo(telegram, FIRST, MEMBERS) == MEMBERS, Duration.ofMinutes(5));
			stop(busy);

			List<Instant> times = telegram.calls("sendmessage")
				.stream()
				.filter((call) -> call.params().path("chat_id").asLong() >= FIRST
						&& call.params().path("chat_id").asLong() < FIRST + MEMBERS)
				.map(BotApiStandIn.Call::at)
				.sorted()
				.toList();
			Instant first = times.get(0);
			Instant last = times.get(times.size() - 1);
			// the replies timed meanwhile share the rate: counted with the bulk
			long inWindow = telegram.calls("sendmessage")
				.stream()
				.filter((call) -> call.at().isAfter(first) && call.at().isBefore(last))
				.count();
			double seconds = Duration.between(first, last).toNanos() / 1e9;
			double rate = (inWindow + 1) / seconds;
			System.out.printf(
					"%nbulk: %d members in %.1f s, %d replies besides: %.0f msg/s of %.0f allowed: ratio %.2f; 429s provoked: %d%n",
					MEMBERS, seconds, inWindow + 2 - MEMBERS, rate, limits.globalPerSecond(),
					rate / limits.globalPerSecond(), telegram.tooManyRequests());
			System.out.printf("replies idle:        p50 %d ms, p99 %d ms (%s)%n",
					Benchmarks.percentile(quiet.total(), 50), Benchmarks.percentile(quiet.total(), 99), quiet.parts());
			System.out.printf("replies during bulk: p50 %d ms, p99 %d ms (p99 ratio %.2f; %s)%n",
					Benchmarks.percentile(loaded.total(), 50), Benchmarks.percentile(loaded.total(), 99),
					(double) Benchmarks.percentile(loaded.total(), 99)
							/ Math.max(1, Benchmarks.percentile(quiet.total(), 99)),
					loaded.parts());
		}
	}

	private static void crashAndResume(FloodLimits limits, String[] settings) throws Exception {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			telegram.floodLimits(limits);
			telegram.startedUsers(FIRST, MEMBERS, "vi");
			Path data = Files.createTempDirectory("danvan-crash");
			List<String> start = new ArrayList<>(
					List.of("start", "crash", String.valueOf(FIRST), String.valueOf(MEMBERS)));
			start.addAll(BulkHarness.appArgs(telegram, data, settings));
			Process crashing = harness(start);
			awaitSlowly(() -> sentTo(telegram, FIRST, MEMBERS) >= MEMBERS / 3, Duration.ofMinutes(2));
			crashing.destroyForcibly();
			crashing.waitFor(30, TimeUnit.SECONDS);
			int atKill = sentTo(telegram, FIRST, MEMBERS);
			Process resumed = harness(resume(telegram, data, settings));
			awaitSlowly(() -> sentTo(telegram, FIRST, MEMBERS) == MEMBERS, Duration.ofMinutes(5));
			Thread.sleep(2000);
			stop(resumed);
			Map<Long, Integer> perChat = BulkHarness.messagesPerChat(telegram, FIRST, MEMBERS);
			System.out.printf("crash after %d of %d, restart: skipped %d, duplicates %d%n", atKill, MEMBERS,
					perChat.values().stream().filter((n) -> n == 0).count(),
					perChat.values().stream().filter((n) -> n > 1).count());
		}
	}

	private static List<String> resume(BotApiStandIn telegram, Path data, String[] settings) {
		List<String> args = new ArrayList<>(List.of("resume"));
		args.addAll(BulkHarness.appArgs(telegram, data, settings));
		return args;
	}

	/**
	 * Time from a person's /help to the bot's answer, one person after another, with
	 * where it went: waiting to be picked up by the long poll, and in the bot from then
	 * until the answer reached the Bot API.
	 */
	private static Latencies replyLatencies(BotApiStandIn telegram, long firstId) {
		Latencies latencies = new Latencies(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (long id = firstId; id < firstId + WARM_UP + REPLIES; id++) {
			StandInUser user = telegram.user(id, "P" + id, "en");
			Instant sent = Instant.now();
			long updateId = user.send("/help").get("update_id").asLong();
			BotApiStandIn.await(() -> !user.messages().isEmpty(), Duration.ofSeconds(30), "a reply");
			long chat = id;
			Instant answered = telegram.calls("sendmessage")
				.stream()
				.filter((call) -> call.params().path("chat_id").asLong() == chat)
				.map(BotApiStandIn.Call::at)
				.findFirst()
				.orElseThrow();
			Instant pickedUp = telegram.handedOut(updateId).orElseThrow();
			if (id < firstId + WARM_UP) {
				continue;
			}
			latencies.total().add(Duration.between(sent, answered).toMillis());
			latencies.pickup().add(Duration.between(sent, pickedUp).toMillis());
			latencies.inBot().add(Duration.between(pickedUp, answered).toMillis());
		}
		return latencies;
	}

	/** Reply times in milliseconds, whole and in parts. */
	private record Latencies(List<Long> total, List<Long> pickup, List<Long> inBot) {

		String parts() {
			return String.format("pickup p50 %d p99 %d ms, in the bot p50 %d p99 %d ms",
					Benchmarks.percentile(this.pickup, 50), Benchmarks.percentile(this.pickup, 99),
					Benchmarks.percentile(this.inBot, 50), Benchmarks.percentile(this.inBot, 99));
		}

	}

	private static int sentTo(BotApiStandIn telegram, long first, int count) {
		return (int) telegram.chatsReached(first, count);
	}

	/** Waits without taking the CPU the bot and the fake server need. */
	private static void awaitSlowly(java.util.function.BooleanSupplier condition, Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Timed out after " + timeout);
			}
			Thread.sleep(250);
		}
	}

	private static Process harness(List<String> args) throws Exception {
		Process process = new ProcessBuilder(BulkHarness.command(args.toArray(String[]::new))).redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null && !line.contains("READY")) {
			// start-up output
		}
		Thread drain = new Thread(() -> out.lines().forEach((ignored) -> {
		}));
		drain.setDaemon(true);
		drain.start();
		return process;
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		process.waitFor(60, TimeUnit.SECONDS);
	}

}
