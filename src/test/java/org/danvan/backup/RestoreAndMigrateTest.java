package org.danvan.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.danvan.DanVanApplication;
import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.storage.StorageSettings;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a bot with a member of each role and an open report, when its data is backed up,
 * the data folder wiped and the backup restored, then the bot answers {@code /mine},
 * {@code /incidents} and {@code /enrollment} exactly as before; and when the data is
 * migrated to another MongoDB-compatible server and the bot started with that URI, then
 * it answers the same again.
 */
class RestoreAndMigrateTest {

	private static final String VILLAGE = "kg-pl-rach-go";

	private static final String COMMUNE = "kg-pl";

	@Test
	void theBotAnswersTheSameAfterARestoreAndAfterAMigration() throws Exception {
		Path data = EndToEndTest.tempDir("danvan-restore");
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			StandInUser villager = telegram.user(7101, "Hoa", "en");
			StandInUser officer = telegram.user(7102, "Officer", "en");
			StandInUser coordinator = telegram.user(7103, "Coordinator", "en");
			List<String> before;
			try (ConfigurableApplicationContext app = start(telegram, data, "")) {
				MemberManagement members = app.getBean(MemberManagement.class);
				for (StandInUser user : List.of(villager, officer, coordinator)) {
					user.send("/help");
					user.awaitText("What you can do:");
				}
				members.chooseVillage(villager.id(), VILLAGE);
				members.grant(0, officer.id(), new Grant(Role.OFFICER, COMMUNE));
				members.grant(0, coordinator.id(), new Grant(Role.COORDINATOR, COMMUNE));
				Area village = app.getBean(AreaManagement.class)
					.villages(COMMUNE)
					.stream()
					.filter((area) -> area.id().equals(VILLAGE))
					.findFirst()
					.orElseThrow();
				reportAFlood(villager, village);
				before = answers(villager, officer, coordinator);
			}
			assertThat(before.get(0)).contains("Flood");
			assertThat(before.get(1)).contains("1 open report");
			assertThat(before.get(2)).startsWith("Phu Loi");

			StorageSettings storage = new StorageSettings(data, 0, "danvan");
			BackupSettings settings = new BackupSettings(data.resolve("backups"), "02:30", 14);
			assertThat(command(storage, settings, "backup")).isZero();
			Path backup = new BackupFolder(settings.dir()).backups().get(0);
			Path kept = Files.copy(backup, data.resolveSibling(data.getFileName() + "-backup.zip"));
			FileSystemUtils.deleteRecursively(data);
			assertThat(command(storage, settings, "restore", kept.toString())).isZero();

			try (ConfigurableApplicationContext app = start(telegram, data, "")) {
				assertThat(answers(villager, officer, coordinator)).isEqualTo(before);
			}

			MongoServer other = new MongoServer(H2Backend.inMemory());
			try {
				String uri = other.bindAndGetConnectionString() + "/danvan";
				assertThat(command(storage, settings, "migrate", "--to", uri)).isZero();
				try (ConfigurableApplicationContext app = start(telegram, data.resolveSibling("unused"), uri)) {
					assertThat(answers(villager, officer, coordinator)).isEqualTo(before);
				}
			}
			finally {
				other.shutdownNow();
			}
		}
	}

	private static void reportAFlood(StandInUser villager, Area village) {
		villager.send("/report");
		villager.press(villager.awaitText("What do you want to report?"), "Flood");
		villager.awaitText("Describe what you saw");
		villager.send("Water over the road to the post");
		villager.awaitText("Where is it?");
		villager.shareLocation(village.location().lat(), village.location().lon());
		villager.press(villager.awaitText("You can send up to 5 photos"), "Done");
		villager.press(villager.awaitText("Is it urgent"), "No, not urgent");
		villager.press(villager.awaitText("Should officers see your name?"), "Send with my name");
		villager.press(villager.awaitText("Please check your report:"), "Send the report");
		villager.awaitText("Its reference is");
	}

	/** The answers to {@code /mine}, {@code /incidents} and {@code /enrollment}. */
	private static List<String> answers(StandInUser villager, StandInUser officer, StandInUser coordinator) {
		return List.of(answer(villager, "/mine"), answer(officer, "/incidents"), answer(coordinator, "/enrollment"));
	}

	private static String answer(StandInUser user, String command) {
		int seen = user.messages().size();
		user.send(command);
		return user.await((m) -> user.messages().indexOf(m) >= seen, "the answer to " + command).text();
	}

	private static int command(StorageSettings storage, BackupSettings settings, String... args) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int status = new DataCommands(storage, settings, "", new PrintStream(printed, true, StandardCharsets.UTF_8))
			.execute(args);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("the same in source and target");
		return status;
	}

	private static ConfigurableApplicationContext start(BotApiStandIn telegram, Path data, String uri) {
		return new SpringApplicationBuilder(DanVanApplication.class).run(
				"--danvan.telegram.token=" + BotApiStandIn.TOKEN, "--danvan.telegram.api-url=" + telegram.url(),
				"--danvan.telegram.poll-timeout=1s", "--danvan.telegram.webhook-url=",
				"--danvan.storage.data-dir=" + data, "--danvan.backup.dir=" + data.resolve("backups"),
				"--spring.mongodb.uri=" + uri, "--server.port=0", "--danvan.relay.key=" + EndToEndTest.RELAY_KEY);
	}

}
