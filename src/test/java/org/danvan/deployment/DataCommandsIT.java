package org.danvan.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.EndToEndTest;
import org.danvan.support.ShippedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar's data commands as a deployer uses them, in an empty folder: the bot
 * runs and learns a person's language, is stopped, {@code backup} writes a file, the data
 * folder is lost, {@code restore FILE} brings it back, and the bot started again still
 * speaks to the person in their language.
 */
class DataCommandsIT {

	@TempDir
	Path folder;

	@TempDir
	Path elsewhere;

	@Test
	void aBackupRestoredAfterTheDataFolderIsLostGivesTheSameBot() throws Exception {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			Map<String, String> environment = Map.of("LANG", "C.UTF-8", "DANVAN_SANDBOX", "false", "TELEGRAM_BOT_TOKEN",
					BotApiStandIn.TOKEN, "TELEGRAM_API_URL", telegram.url(), "PORT",
					String.valueOf(ShippedJar.freePort()), "DANVAN_RELAY_KEY", EndToEndTest.RELAY_KEY);
			StandInUser user = telegram.user(6_262, "Lan", "vi");
			try (ShippedJar bot = ShippedJar.start(ShippedJar.command(), this.folder, environment)) {
				bot.awaitOutput("Receiving updates by long polling", Duration.ofSeconds(120));
				user.send("/start");
				user.press(user.awaitText("Vui lòng chọn ngôn ngữ:"), "English");
				user.awaitText("Language set: English.");
				bot.stop();
			}

			ShippedJar backup = run(environment, "backup");
			assertThat(backup.exitValue()).as(backup.stdout() + backup.stderr()).isZero();
			assertThat(backup.stdout()).contains("Check:");
			Path file;
			try (Stream<Path> files = Files.list(this.folder.resolve("data/backups"))) {
				file = files.filter((f) -> f.getFileName().toString().matches("danvan-\\d{8}-\\d{6}\\.zip"))
					.findFirst()
					.orElseThrow();
			}
			Path kept = Files.copy(file, this.elsewhere.resolve(file.getFileName()));
			FileSystemUtils.deleteRecursively(this.folder.resolve("data"));

			ShippedJar restore = run(environment, "restore", kept.toString());
			assertThat(restore.exitValue()).as(restore.stdout() + restore.stderr()).isZero();
			assertThat(restore.stdout()).contains("Check:");
			assertThat(this.folder.resolve("data/danvan.mv")).isRegularFile();

			try (ShippedJar bot = ShippedJar.start(ShippedJar.command(), this.folder, environment)) {
				bot.awaitOutput("Receiving updates by long polling", Duration.ofSeconds(120));
				user.send("/start");
				user.awaitText("Hello Lan!");
				bot.stop();
			}
		}
	}

	private ShippedJar run(Map<String, String> environment, String... arguments) {
		List<String> command = new ArrayList<>(ShippedJar.command("-XX:TieredStopAtLevel=1"));
		command.addAll(List.of(arguments));
		ShippedJar process = ShippedJar.start(command, this.folder, environment);
		assertThat(process.awaitExit(Duration.ofSeconds(120))).as("the command ends").isTrue();
		return process;
	}

}
