package org.danvan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

	/** Log lines that mark a stage of the start, in the order they come. */
	private static final List<Map.Entry<String, String>> MILESTONES = List.of(
			Map.entry("JVM and launcher", "Starting DanVanApplication"),
			Map.entry("web server and context set-up", "Root WebApplicationContext: initialization completed"),
			Map.entry("embedded database", "Using the embedded MongoDB-compatible database"),
			Map.entry("areas loaded", "Areas: "), Map.entry("Quartz created", "Quartz Scheduler v"),
			Map.entry("texts rendered, endpoints", "Exposing "),
			Map.entry("long polling started", "Receiving updates by long polling"),
			Map.entry("context started", "Started DanVanApplication"));

	public static void main(String[] args) throws Exception {
		List<String> jar = Run.jarCommand();
		measure("the jar as built (java -jar danvan.jar)", jar);
		measure("extracted, with a class data sharing archive (as the image runs it)", cdsCommand(jar));
	}

	private static void measure(String what, List<String> command) throws Exception {
		Path data = Files.createTempDirectory("danvan-bench");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			StandInUser user = telegram.user(777, "Lan", "vi");
			Run first = Run.start(telegram, data, 0, command);
			Duration reply = timeReply(user, "/start", "Xin chào Lan!");
			BotMessage picker = user.awaitText("Vui lòng chọn ngôn ngữ:");
			user.press(picker, "English");
			user.awaitText("Language set: English.");
			Duration warmReply = timeReply(user, "/help", "What you can do:");
			long rss = first.rssKb();
			Duration stop = first.stop();
			List<String> timeline = first.timeline(data.resolve("bot.log"));
			Run second = Run.start(telegram, data, telegram.calls("getupdates").size(), command);
			Duration afterRestart = timeReply(user, "/start", "Hello Lan!");
			long rss2 = second.rssKb();
			Duration stop2 = second.stop();
			System.out.printf("%n== %s%n", what);
			System.out.printf("startup (process start to first getUpdates): %d ms, after restart %d ms%n",
					first.ready().toMillis(), second.ready().toMillis());
			System.out.printf("first start, time since the process started: %s%n", String.join("; ", timeline));
			System.out.printf(
					"/start to first reply: cold %d ms; /help warm %d ms; /start after restart %d ms (English)%n",
					reply.toMillis(), warmReply.toMillis(), afterRestart.toMillis());
			System.out.printf("resident memory: %d MiB, after restart %d MiB%n", rss / 1024, rss2 / 1024);
			System.out.printf("stop on SIGTERM: %d ms, %d ms%n", stop.toMillis(), stop2.toMillis());
		}
	}

	/**
	 * What the Dockerfile does: the jar extracted, a training run that stops once the
	 * context is up, and the archive it leaves used from then on.
	 */
	private static List<String> cdsCommand(List<String> jarCommand) throws Exception {
		if (!jarCommand.contains("-jar")) {
			throw new IllegalStateException("No jar in target/: run the benchmark with verify, which packages it");
		}
		String java = jarCommand.get(0);
		String fatJar = Path.of(jarCommand.get(jarCommand.indexOf("-jar") + 1)).toAbsolutePath().toString();
		Path folder = Files.createTempDirectory("danvan-cds");
		Path bot = folder.resolve("bot");
		Path archive = bot.resolve("danvan.jsa");
		// the extracted jar keeps the name of the one it came from
		String thinJar = Path.of(fatJar).getFileName().toString();
		exec(folder, Map.of(), java, "-Djarmode=tools", "-jar", fatJar, "extract", "--destination", bot.toString());
		long start = System.nanoTime();
		exec(folder, Map.of("DANVAN_DATA_DIR", folder.resolve("training").toString()), java,
				"-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=error", "-Dspring.context.exit=onRefresh", "-jar",
				bot.resolve(thinJar).toString());
		System.out.printf("%ntraining run for the archive: %d ms, archive %d MiB%n",
				Duration.ofNanos(System.nanoTime() - start).toMillis(), Files.size(archive) >> 20);
		return List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", bot.resolve(thinJar).toString(),
				"--server.port=0");
	}

	private static void exec(Path folder, Map<String, String> environment, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("exec.log").toFile());
		builder.environment().putAll(environment);
		if (builder.start().waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed; see " + folder.resolve("exec.log"));
		}
	}

	private static Duration timeReply(StandInUser user, String text, String expected) {
		long start = System.nanoTime();
		user.send(text);
		user.awaitText(expected);
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private record Run(Process process, Duration ready, Instant started) {

		static Run start(BotApiStandIn telegram, Path data, int pollsBefore, List<String> command) throws IOException {
			ProcessBuilder builder = new ProcessBuilder(command);
			builder.environment().put("TELEGRAM_BOT_TOKEN", BotApiStandIn.TOKEN);
			builder.environment().put("TELEGRAM_API_URL", telegram.url());
			builder.environment().put("DANVAN_DATA_DIR", data.toString());
			builder.environment().put("DANVAN_RELAY_KEY", EndToEndTest.RELAY_KEY);
			builder.redirectErrorStream(true).redirectOutput(data.resolve("bot.log").toFile());
			Instant started = Instant.now();
			long start = System.nanoTime();
			Process process = builder.start();
			BotApiStandIn.await(() -> telegram.calls("getupdates").size() > pollsBefore, Duration.ofSeconds(60),
					"the bot to poll");
			return new Run(process, Duration.ofNanos(System.nanoTime() - start), started);
		}

		/** When each milestone's log line came, counted from the start of the process. */
		List<String> timeline(Path log) throws IOException {
			List<String> lines = Files.readAllLines(log);
			List<String> timeline = new ArrayList<>();
			for (Map.Entry<String, String> milestone : MILESTONES) {
				lines.stream()
					.filter((line) -> line.length() > 24 && line.contains(milestone.getValue()))
					.findFirst()
					.map((line) -> Duration.between(this.started, Instant.parse(line.substring(0, 24))))
					.ifPresent((at) -> timeline.add(milestone.getKey() + " " + at.toMillis() + " ms"));
			}
			timeline.add("first getUpdates " + this.ready.toMillis() + " ms");
			return timeline;
		}

		/** The packaged jar, as deployed, when the build made one; else the classes. */
		static List<String> jarCommand() throws IOException {
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
