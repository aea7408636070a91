package org.danvan.deployment;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.support.EndToEndTest;
import org.danvan.support.ShippedJar;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the jar started from a folder of its own with one thing a deployer can get wrong,
 * when the start fails, then it says what is wrong and what to set in two lines, prints
 * no stack trace, exits with a non-zero status within 5 seconds of saying so, and leaves
 * its database file closed and readable.
 */
class StartupFailureIT {

	private static final BotApiStandIn telegram = new BotApiStandIn();

	/** A start that fails ends before the JIT's work would pay off. */
	private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

	@TempDir
	Path folder;

	@AfterAll
	static void stopTelegram() {
		telegram.close();
	}

	@BeforeAll
	static void jarIsBuilt() {
		assertThat(ShippedJar.jar()).isRegularFile();
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				mistake("a missing area file", (env) -> env.put("DANVAN_AREAS_FILE", "/nonexistent/areas.yml"),
						"The area file /nonexistent/areas.yml (DANVAN_AREAS_FILE) does not exist."),
				mistake("an invalid area file", (env) -> env.put("DANVAN_AREAS_FILE", "bad-areas.yml"),
						"is not valid: Bad id 'Bad Id'"),
				mistake("a setting that is not a number", (env) -> env.put("DANVAN_TELEGRAM_WORKERS", "many"),
						"The setting danvan.telegram.workers has the value \"many\", which is not valid"),
				mistake("a port in use", (env) -> env.put("PORT", "busy"), "is already in use by another program."),
				mistake("an unreachable MongoDB",
						(env) -> env.put("MONGODB_URI",
								"mongodb://127.0.0.1:" + ShippedJar.freePort()
										+ "/danvan?serverSelectionTimeoutMS=1500"),
						"Cannot reach the MongoDB at 127.0.0.1:"),
				mistake("a malformed token", (env) -> env.put("TELEGRAM_BOT_TOKEN", "12345:abc def"),
						"TELEGRAM_BOT_TOKEN does not look like a bot token"),
				mistake("a token Telegram refuses",
						(env) -> env.put("TELEGRAM_BOT_TOKEN", "987654321:AAWrongTokenForTests_0123456789abcdef"),
						"Telegram refused the bot token (401"),
				mistake("a data folder that cannot be made", (env) -> env.put("DANVAN_DATA_DIR", "/proc/danvan"),
						"Cannot create the data folder /proc/danvan (DANVAN_DATA_DIR)"),
				mistake("a database file in use", (env) -> env.put("LOCK", "yes"),
						"is in use by another running DanVan."),
				mistake("no relay key", (env) -> env.remove("DANVAN_RELAY_KEY"), "No relay key is set."));
	}

	private static Arguments mistake(String name, Consumer<Map<String, String>> change, String expected) {
		return Arguments.of(name, change, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void aFailedStartSaysWhyInTwoLinesAndExits(String name, Consumer<Map<String, String>> change, String expected)
			throws IOException {
		Files.writeString(this.folder.resolve("bad-areas.yml"), "areas:\n  - id: Bad Id\n    level: province\n");
		Path data = this.folder.resolve("data");
		Map<String, String> environment = new HashMap<>(
				Map.of("LANG", "C.UTF-8", "DANVAN_SANDBOX", "false", "TELEGRAM_BOT_TOKEN", BotApiStandIn.TOKEN,
						"TELEGRAM_API_URL", telegram.url(), "DANVAN_DATA_DIR", data.toString(), "PORT",
						String.valueOf(ShippedJar.freePort()), "DANVAN_RELAY_KEY", EndToEndTest.RELAY_KEY));
		change.accept(environment);
		try (ServerSocket busy = new ServerSocket(0); MVStore lock = lockIf(environment.remove("LOCK"), data)) {
			environment.computeIfPresent("PORT", (key, port) -> port.equals("busy") ? "" + busy.getLocalPort() : port);
			try (ShippedJar bot = ShippedJar.start(ShippedJar.command(QUICK_START), this.folder, environment)) {
				bot.awaitOutput("DanVan cannot start: ", Duration.ofSeconds(120));
				long told = System.nanoTime();
				assertThat(bot.awaitExit(Duration.ofSeconds(5))).as("exits within 5 s of saying why").isTrue();
				System.out.printf("%s: exited %d ms after saying why%n", name, (System.nanoTime() - told) / 1_000_000);

				assertThat(bot.exitValue()).isNotZero();
				assertThat(bot.stderrLines()).hasSize(2);
				assertThat(bot.stderrLines().get(0)).startsWith("DanVan cannot start: ").contains(expected);
				assertThat(bot.stdout() + bot.stderr()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
					.doesNotContain("Caused by:")
					.doesNotContain("APPLICATION FAILED TO START")
					.doesNotContain(environment.get("TELEGRAM_BOT_TOKEN"));
			}
		}
		Path file = data.resolve("danvan.mv");
		if (Files.exists(file)) {
			MVStore.Builder readOnly = new MVStore.Builder().fileName(file.toString()).readOnly();
			try (MVStore store = readOnly.open()) {
				assertThat(store.getMapNames()).as("the database file opens after the failed start").isNotNull();
			}
		}
	}

	/** Holds the database file open, as another running instance would. */
	private static MVStore lockIf(String lock, Path data) throws IOException {
		if (lock == null) {
			return null;
		}
		Files.createDirectories(data);
		return MVStore.open(data.resolve("danvan.mv").toString());
	}

}
