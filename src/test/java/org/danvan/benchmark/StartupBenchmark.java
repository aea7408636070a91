package org.danvan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.danvan.DanVanApplication;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.EndToEndTest;

/**
 * Starts the bot as a user would (its own JVM, the main class, settings from the
 * environment) against the fake Bot API and prints: time to start receiving, time from
 * /start to the first reply, resident memory, time to stop on SIGTERM, and the same after
 * a restart on the same data, where the language chosen before must still be used.
 *
 * <p>
 * Run: {@code ./mvnw -Pbenchmark verify -Dbenchmark=StartupBenchmark}
 */
public final class StartupBenchmark {

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("danvan-bench");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			StandInUser user = telegram.user(777, "Lan", "vi");
			Run first = Run.start(telegram, data, 0);
			Duration reply = timeReply(user, "/start", "Xin chào Lan!");
			BotMessage picker = user.awaitText("Vui lòng chọn ngôn ngữ:");
			user.press(picker, "English");
			user.awaitText("Language set: English.");
			Duration warmReply = timeReply(user, "/help", "What you can do:");
			long rss = first.rssKb();
			Duration stop = first.stop();
			Run second = Run.start(telegram, data, telegram.calls("getupdates").size());
			Duration afterRestart = timeReply(user, "/start", "Hello Lan!");
			long rss2 = second.rssKb();
			Duration stop2 = second.stop();
			System.out.printf("%nstartup (process start to first getUpdates): %d ms, after restart %d ms%n",
					first.ready().toMillis(), second.ready().toMillis());
			System.out.printf(
					"/start to first reply: cold %d ms; /help warm %d ms; /start after restart %d ms (English)%n",
					reply.toMillis(), warmReply.toMillis(), afterRestart.toMillis());
			System.out.printf("resident memory: %d MiB, after restart %d MiB%n", rss / 1024, rss2 / 1024);
			System.out.printf("stop on SIGTERM: %d ms, %d ms%n", stop.toMillis(), stop2.toMillis());
		}
	}

	private static Duration timeReply(StandInUser user, String text, String expected) {
		long start = System.nanoTime();
		user.send(text);
		user.awaitText(expected);
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private record Run(Process process, Duration ready) {

		static Run start(BotApiStandIn telegram, Path data, int pollsBefore) throws IOException {
			ProcessBuilder builder = new ProcessBuilder(command());
			builder.environment().put("TELEGRAM_BOT_TOKEN", BotApiStandIn.TOKEN);
			builder.environment().put("TELEGRAM_API_URL", telegram.url());
			builder.environment().put("DANVAN_DATA_DIR", data.toString());
			builder.environment().put("DANVAN_RELAY_KEY", EndToEndTest.RELAY_KEY);
			builder.redirectErrorStream(true).redirectOutput(data.resolve("bot.log").toFile());
			long start = System.nanoTime();
			Process process = builder.start();
			BotApiStandIn.await(() -> telegram.calls("getupdates").size() > pollsBefore, Duration.ofSeconds(60),
					"the bot to poll");
			return new Run(process, Duration.ofNanos(System.nanoTime() - start));
		}

		/** The packaged jar, as deployed, when the build made one; else the classes. */
		private static List<String> command() throws IOException {
			String java = ProcessHandle.current().info().command().orElse("java");
			try (var jars = Files.list(Path.of("target"))) {
				return jars.map(Path::toString)
					.filter((name) -> name.matches(".*/danvan-[^/]*\\.jar"))
					.findFirst()
					.map((jar) -> List.of(java, "-jar", jar, "--server.port=0"))
					.orElseGet(() -> List.of(java, "-cp", System.getProperty("java.class.path"),
							DanVanApplication.class.getName(), "--server.port=0"));
			}
		}

		long rssKb() throws IOException {
			List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(this.process.pid()), "status"));
			return status.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
				.findFirst()
				.orElse(-1L);
		}

		Duration stop() throws InterruptedException {
			long start = System.nanoTime();
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				throw new IllegalStateException("The bot did not stop within 60 s of SIGTERM");
			}
			return Duration.ofNanos(System.nanoTime() - start);
		}

	}

}
