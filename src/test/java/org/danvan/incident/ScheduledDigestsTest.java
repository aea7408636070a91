package org.danvan.incident;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.danvan.access.MemberManagement;
import org.danvan.area.Area;
import org.danvan.area.AreaManagement;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.TestClock;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digests on the real scheduler with their default times and a clock the test sets,
 * restarting the bot before each: the officers' digest at 07:00 and, on the first of the
 * month, the village summary of the month before at 08:00, then the coordinators' weekly
 * digest on Monday at 07:00, Vietnam time.
 */
class ScheduledDigestsTest {

	static final ZoneId VIETNAM = TestClock.VIETNAM;

	static final TestClock clock = new TestClock();

	@TempDir
	Path data;

	@Test
	void digestsComeAtTheirLocalTimes() {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			StandInUser officer = telegram.user(71_001, "Officer", "en");
			StandInUser coordinator = telegram.user(71_002, "Coordinator", "en");
			StandInUser villager = telegram.user(71_003, "Lan", "en");
			clock.set(TestClock.vietnam(2026, 12, 1, 6, 59, 45));
			try (ConfigurableApplicationContext app = start(telegram)) {
				MemberManagement members = app.getBean(MemberManagement.class);
				for (StandInUser user : List.of(officer, coordinator, villager)) {
					user.send("/help");
					user.awaitText("What you can do:");
				}
				members.grant(0, officer.id(), new Grant(Role.OFFICER, "ls-tl"));
				members.grant(0, coordinator.id(), new Grant(Role.COORDINATOR, "ls-tl"));
				members.chooseVillage(villager.id(), "ls-tl-ban-loa");
				Area village = app.getBean(AreaManagement.class).area("ls-tl-ban-loa").orElseThrow();
				Instant reported = TestClock.vietnam(2026, 11, 15, 9, 0, 0);
				app.getBean(Incidents.class)
					.store(new Incident(null, UUID.randomUUID().toString(), Category.ROAD, "Landslide", null,
							village.id(), village.path(), null, null, null, List.of(), false, 7L, null, Status.NEW,
							null, List.of(new Incident.Change(Status.NEW, null, reported, null)), reported, List.of(),
							List.of()), "ls");
				assertThat(clock.instant()).as("set up before 07:00").isBefore(TestClock.vietnam(2026, 12, 1, 7, 0, 0));

				arrives(officer, "in the last 24 hours");
				assertThat(clock.instant()).isAfterOrEqualTo(TestClock.vietnam(2026, 12, 1, 7, 0, 0));
				assertThat(coordinator.messages()).noneMatch((m) -> m.text().contains("Week to"));
			}

			clock.set(TestClock.vietnam(2026, 12, 1, 7, 59, 45));
			try (ConfigurableApplicationContext app = start(telegram)) {
				arrives(villager, "Reports from Ban Loa in 2026-11");
				assertThat(clock.instant()).isAfterOrEqualTo(TestClock.vietnam(2026, 12, 1, 8, 0, 0));
			}

			clock.set(TestClock.vietnam(2026, 12, 7, 6, 59, 45));
			try (ConfigurableApplicationContext app = start(telegram)) {
				arrives(coordinator, "Week to 2026-12-07");
				assertThat(clock.instant()).isAfterOrEqualTo(TestClock.vietnam(2026, 12, 7, 7, 0, 0));
			}
		}
	}

	/** Waits for the message, as long as the time it is due in may take. */
	private static void arrives(StandInUser user, String text) {
		BotApiStandIn.await(() -> user.messages().stream().anyMatch((m) -> m.text().contains(text)),
				java.time.Duration.ofSeconds(90), "'" + text + "' in chat " + user.id());
	}

	private ConfigurableApplicationContext start(BotApiStandIn telegram) {
		List<String> args = new ArrayList<>(BulkHarness.appArgs(telegram, this.data,
				"--danvan.enrollment.patrol-evening-at=", "--danvan.enrollment.patrol-morning-at=",
				"--danvan.telegram.limits.send-timeout=5s", "--logging.level.org.danvan=INFO"));
		return clock.startApp(args);
	}

}
