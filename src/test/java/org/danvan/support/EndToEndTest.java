package org.danvan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application against one fake Bot API and one embedded database per test JVM,
 * with the real TelegramBots client polling it. Tests share the context, so each uses its
 * own users (see {@link #newUser}) and asserts per chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestCommands.class)
public abstract class EndToEndTest {

	protected static final BotApiStandIn telegram = new BotApiStandIn();

	private static final Path dataDir = tempDir("danvan-e2e");

	/** The group chat of officers that gets the alerts of {@link #OFFICER_GROUP_AREA}. */
	protected static final long OFFICER_GROUP = -1_001_500L;

	protected static final String OFFICER_GROUP_AREA = "kg-pm";

	/** The channel that gets {@link #CHANNEL_AREA}'s announcements in Vietnamese. */
	protected static final long CHANNEL = -1_001_600L;

	protected static final String CHANNEL_AREA = "ls-cla";

	/** The relay key the tests start the application with (a deployment sets its own). */
	public static final String RELAY_KEY = "ZGFudmFuIHRlc3RzIHNlYWwgd2l0aCB0aGlzIGtleS4=";

	private static final AtomicLong userIds = new AtomicLong(10_000);

	@DynamicPropertySource
	static void telegramAndDatabase(DynamicPropertyRegistry registry) {
		properties(registry, telegram, dataDir);
	}

	public static void properties(DynamicPropertyRegistry registry, BotApiStandIn telegram, Path dataDir) {
		registry.add("danvan.telegram.token", () -> BotApiStandIn.TOKEN);
		registry.add("danvan.telegram.api-url", telegram::url);
		registry.add("danvan.relay.key", () -> RELAY_KEY);
		registry.add("danvan.telegram.poll-timeout", () -> "2s");
		registry.add("danvan.telegram.outage-after", () -> "4s");
		registry.add("management.endpoint.health.show-components", () -> "always");
		registry.add("danvan.telegram.webhook-url", () -> "");
		registry.add("danvan.storage.data-dir", dataDir::toString);
		registry.add("danvan.backup.dir", () -> dataDir.resolve("backups").toString());
		registry.add("spring.mongodb.uri", () -> "");
		registry.add("danvan.access.admin-ids", () -> "1");
		registry.add("danvan.incidents.escalate-after", () -> "3s");
		registry.add("danvan.incidents.follow-up-after", () -> "2s");
		registry.add("danvan.incidents.officer-chats[0].area", () -> OFFICER_GROUP_AREA);
		registry.add("danvan.incidents.officer-chats[0].chat-id", () -> OFFICER_GROUP);
		registry.add("danvan.incidents.officer-chats[0].language", () -> "en");
		registry.add("danvan.incidents.digest-at", () -> "");
		registry.add("danvan.incidents.digest-at-by-area.ls-bl", () -> "06:30");
		registry.add("danvan.incidents.village-summary-at", () -> "");
		registry.add("danvan.enrollment.coordinator-digest-at", () -> "");
		registry.add("danvan.announcements.quiet-hours", () -> "");
		registry.add("danvan.announcements.remind-before", () -> "1m");
		registry.add("danvan.announcements.channels[0].area", () -> CHANNEL_AREA);
		registry.add("danvan.announcements.channels[0].language", () -> "vi");
		registry.add("danvan.announcements.channels[0].chat-id", () -> CHANNEL);
		telegram.addGroup(CHANNEL, "Tin Cao Lâu");
		registry.add("danvan.incidents.photo-folder", () -> dataDir.resolve("photos").toString());
	}

	/** Where the shared context keeps copies of reports' photos. */
	protected static Path photoFolder() {
		return dataDir.resolve("photos");
	}

	protected static StandInUser newUser(String firstName, String languageCode) {
		return telegram.user(userIds.incrementAndGet(), firstName, languageCode);
	}

	public static Path tempDir(String prefix) {
		try {
			Path dir = Files.createTempDirectory(prefix);
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
