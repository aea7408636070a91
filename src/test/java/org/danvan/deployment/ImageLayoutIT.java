package org.danvan.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.DockerImage;
import org.danvan.support.EndToEndTest;
import org.danvan.support.ShippedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the image as the {@code Dockerfile} builds it (its files, working directory and
 * environment laid out in a folder, see {@link DockerImage}), when it is started as
 * {@code docker run -e TELEGRAM_BOT_TOKEN=…} starts it, then it answers {@code /start},
 * its health check passes, its data lands in the volume, and an area file mounted at
 * {@code /app/config/areas.yml} replaces the one in the jar after a restart on the same
 * data, where the language chosen before is still used.
 */
class ImageLayoutIT {

	@TempDir
	Path root;

	@Test
	void theImageStartsAnswersAndPassesItsHealthCheck() throws Exception {
		DockerImage image = DockerImage.build(Path.of("."), this.root);
		assertThat(image.entrypoint()).contains(image.path("/app/bot/danvan.jar").toString())
			.contains("-XX:SharedArchiveFile=" + image.path("/app/bot/danvan.jsa"));
		assertThat(image.path("/app/bot/danvan.jar")).isRegularFile();
		assertThat(image.path("/app/bot/lib")).isDirectory();
		assertThat(image.path("/app/bot/danvan.jsa")).as("the class data sharing archive").isRegularFile();
		assertThat(image.path("/app/danvan.jar")).doesNotExist();
		assertThat(image.path("/tmp/training")).as("the training run's data").doesNotExist();
		assertThat(image.environment()).containsEntry("DANVAN_SANDBOX", "false");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			int port = ShippedJar.freePort();
			Map<String, String> environment = runEnvironment(image, telegram, port);
			StandInUser user = telegram.user(4_242, "Lan", "vi");

			try (ShippedJar bot = ShippedJar.start(image.entrypoint(), image.workDir(), environment)) {
				bot.awaitOutput("from the sample areas in the jar", Duration.ofSeconds(120));
				bot.awaitOutput("Receiving updates by long polling", Duration.ofSeconds(120));
				user.send("/start");
				user.awaitText("Xin chào Lan!");
				user.press(user.awaitText("Vui lòng chọn ngôn ngữ:"), "English");
				user.awaitText("Language set: English.");
				assertThat(healthCheck(image, environment)).as("the HEALTHCHECK command's exit status").isZero();
				assertThat(bot.stop()).isLessThan(Duration.ofSeconds(30));
				assertThat(bot.stdout() + bot.stderr()).as("the JVM took the archive without complaint")
					.doesNotContain("[cds]")
					.doesNotContain("shared archive file");
			}
			Path data = Path.of(image.environment().get("DANVAN_DATA_DIR"));
			assertThat(data).startsWith(this.root);
			assertThat(data.resolve("danvan.mv")).isRegularFile();

			Path mounted = image.path("/app/config/areas.yml");
			Files.writeString(mounted,
					Files.readString(Path.of("config/areas.yml"))
						.replace("name: {vi: \"Kiên Giang\", en: \"Kien Giang\"}",
								"name: {vi: \"Kiên Giang\", en: \"Mounted\"}"));
			try (ShippedJar bot = ShippedJar.start(image.entrypoint(), image.workDir(), environment)) {
				bot.awaitOutput("from " + mounted.toAbsolutePath(), Duration.ofSeconds(120));
				bot.awaitOutput("Receiving updates by long polling", Duration.ofSeconds(120));
				user.send("/start");
				user.awaitText("Hello Lan!");
				bot.stop();
			}
		}
	}

	/**
	 * The image's environment, the base image's locale and what the deployer adds with
	 * -e.
	 */
	private static Map<String, String> runEnvironment(DockerImage image, BotApiStandIn telegram, int port) {
		Map<String, String> environment = new HashMap<>(image.environment());
		environment.put("LANG", "C.UTF-8");
		environment.put("TELEGRAM_BOT_TOKEN", BotApiStandIn.TOKEN);
		environment.put("TELEGRAM_API_URL", telegram.url());
		environment.put("PORT", String.valueOf(port));
		environment.put("DANVAN_RELAY_KEY", EndToEndTest.RELAY_KEY);
		return environment;
	}

	/** Runs the Dockerfile's HEALTHCHECK command as Docker does, with the shell. */
	private static int healthCheck(DockerImage image, Map<String, String> environment)
			throws IOException, InterruptedException {
		ProcessBuilder shell = new ProcessBuilder("sh", "-c", image.healthCheck()).inheritIO();
		shell.environment().putAll(environment);
		Process process = shell.start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}

}
