package org.danvan.announcement;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.danvan.access.MemberManagement;
import org.danvan.shared.Grant;
import org.danvan.shared.Role;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;
import org.danvan.support.TestClock;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Announcements on the real scheduler with a clock the test sets, across restarts: a
 * one-off, a weekly, a monthly and a daily one (whose last day is today, so it ends) go
 * at 07:00 Vietnam time; in quiet hours a normal one waits for 06:00 (through a restart)
 * while an urgent one goes at once; a week later the weekly one goes once more with two
 * instances running, a one-off whose time passed while the bot was down is marked missed,
 * and once cancelled the weekly one stops.
 */
class AnnouncementScheduleTest {

	static final ZoneId VIETNAM = TestClock.VIETNAM;

	static final TestClock clock = new TestClock();

	@TempDir
	Path data;

	@TempDir
	Path second;

	@Test
	void announcementsGoAtTheirLocalTimesAcrossRestarts() {
		try (BotApiStandIn telegram = new BotApiStandIn()) {
			StandInUser hoa = telegram.user(61_001, "Hoa", "en");
			StandInUser officer = telegram.user(61_002, "Officer", "en");
			Announcement weekly;
			Announcement late;
			Announcement quietNormal;
			clock.set(TestClock.vietnam(2026, 12, 1, 6, 59, 0));
			try (ConfigurableApplicationContext app = start(telegram, this.data, List.of())) {
				MemberManagement members = app.getBean(MemberManagement.class);
				join(hoa, members, "ls-ms-khuoi-cap");
				join(officer, members, null);
				members.grant(0, officer.id(), new Grant(Role.OFFICER, "ls-ms"));
				Announcements announcements = app.getBean(Announcements.class);
				clock.set(TestClock.vietnam(2026, 12, 1, 6, 59, 56));
				announcements.create(officer.id(), mauSon(), false, Map.of("en", "Vaccination day: bring the cards."),
						null, null, Timing.at(TestClock.vietnam(2026, 12, 1, 7, 0, 0), VIETNAM), null);
				weekly = announcements.create(officer.id(), mauSon(), false,
						Map.of("en", "Weekly market at the border gate today."), null, null,
						new Timing(Timing.Kind.WEEKLY, null, "07:00", List.of(2), null, null, VIETNAM.getId()), null);
				late = announcements.create(officer.id(), mauSon(), false, Map.of("en", "Meeting at noon."), null, null,
						Timing.at(TestClock.vietnam(2026, 12, 2, 12, 0, 0), VIETNAM), null);
				Announcement daily = announcements.create(officer.id(), mauSon(), false,
						Map.of("en", "Road closed for repairs today."), null, null,
						new Timing(Timing.Kind.DAILY, null, "07:00", List.of(), null, "2026-12-01", VIETNAM.getId()),
						null);
				Announcement monthly = announcements.create(officer.id(), mauSon(), false,
						Map.of("en", "Monthly village meeting tonight."), null, null,
						new Timing(Timing.Kind.MONTHLY, null, "07:00", List.of(), 1, null, VIETNAM.getId()), null);
				assertThat(hoa.messages()).noneMatch((m) -> m.text().contains("Vaccination day"));

				hoa.awaitText("Vaccination day");
				assertThat(clock.instant()).isAfterOrEqualTo(TestClock.vietnam(2026, 12, 1, 7, 0, 0));
				hoa.awaitText("Weekly market");
				hoa.awaitText("Road closed for repairs");
				hoa.awaitText("Monthly village meeting");
				assertThat(announcements.find(daily.id()).orElseThrow().status()).as("past its last day")
					.isEqualTo(AnnouncementStatus.ENDED);
				assertThat(announcements.nextRun(daily)).isEmpty();
				assertThat(announcements.nextRun(monthly)).contains(TestClock.vietnam(2027, 1, 1, 7, 0, 0));

				clock.set(TestClock.vietnam(2026, 12, 1, 22, 0, 0));
				quietNormal = announcements.create(officer.id(), mauSon(), false,
						Map.of("en", "Water will be cut tomorrow morning."), null, null, Timing.now(VIETNAM), null);
				announcements.create(officer.id(), mauSon(), true, Map.of("en", "Flood warning: stay off the road."),
						null, null, Timing.now(VIETNAM), null);
				hoa.awaitText("Flood warning");
				Announcement waiting = quietNormal;
				BotApiStandIn.await(() -> announcements.nextRun(waiting).isPresent(), Duration.ofSeconds(10),
						"the normal one to wait");
				assertThat(announcements.nextRun(quietNormal)).contains(TestClock.vietnam(2026, 12, 2, 6, 0, 0));
				assertThat(hoa.messages()).noneMatch((m) -> m.text().contains("Water will be cut"));
			}

			clock.set(TestClock.vietnam(2026, 12, 2, 5, 59, 55));
			try (ConfigurableApplicationContext app = start(telegram, this.data, List.of())) {
				hoa.awaitText("Water will be cut");
				assertThat(clock.instant()).isAfterOrEqualTo(TestClock.vietnam(2026, 12, 2, 6, 0, 0));
				assertThat(app.getBean(Announcements.class).find(quietNormal.id()).orElseThrow().status())
					.isEqualTo(AnnouncementStatus.SENT);
			}

			clock.set(TestClock.vietnam(2026, 12, 8, 6, 59, 45));
			try (ConfigurableApplicationContext app = start(telegram, this.data, List.of());
					ConfigurableApplicationContext other = start(telegram, this.second, List.of("--spring.mongodb.uri="
							+ app.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString()))) {
				BotApiStandIn.await(() -> count(hoa, "Weekly market") == 2, Duration.ofSeconds(60),
						"the second weekly run");
				assertThat(clock.instant()).isAfterOrEqualTo(TestClock.vietnam(2026, 12, 8, 7, 0, 0));
				Announcements announcements = app.getBean(Announcements.class);
				assertThat(announcements.find(late.id()).orElseThrow().status()).isEqualTo(AnnouncementStatus.MISSED);

				officer.send("/announcements");
				officer.press(officer.awaitText("Announcements"), weekly.id());
				BotMessage card = officer.await((m) -> m.button("Cancel it").isPresent(), "the weekly card");
				assertThat(card.text()).contains("every Tuesday at 07:00", "Runs so far: 2");
				officer.press(card, "Cancel it");
				BotApiStandIn.await(() -> announcements.find(weekly.id())
					.filter((a) -> a.status() == AnnouncementStatus.CANCELLED)
					.isPresent(), Duration.ofSeconds(10), "the cancellation");
				sleep(1500);
				assertThat(count(hoa, "Weekly market")).isEqualTo(2);
			}

			clock.set(TestClock.vietnam(2026, 12, 15, 7, 0, 5));
			try (ConfigurableApplicationContext app = start(telegram, this.data, List.of())) {
				sleep(3000);
				assertThat(count(hoa, "Weekly market")).isEqualTo(2);
				assertThat(app.getBean(Announcements.class).nextRun(weekly)).isEmpty();
			}
		}
	}

	private static Audience mauSon() {
		return new Audience(AudienceKind.AREA, "ls-ms", List.of());
	}

	private static void join(StandInUser user, MemberManagement members, String villageId) {
		user.send("/help");
		user.awaitText("What you can do:");
		if (villageId != null) {
			members.chooseVillage(user.id(), villageId);
		}
	}

	private static long count(StandInUser user, String text) {
		return user.messages().stream().filter((m) -> m.text().contains(text)).count();
	}

	private static ConfigurableApplicationContext start(BotApiStandIn telegram, Path data, List<String> more) {
		List<String> args = new ArrayList<>(BulkHarness.appArgs(telegram, data, "--danvan.incidents.digest-at=",
				"--danvan.incidents.village-summary-at=", "--danvan.enrollment.coordinator-digest-at=",
				"--danvan.enrollment.patrol-evening-at=", "--danvan.enrollment.patrol-morning-at=",
				"--logging.level.org.danvan.announcement=INFO", "--logging.level.org.danvan.scheduling=INFO"));
		for (String arg : more) {
			args.removeIf((existing) -> existing.startsWith(arg.substring(0, arg.indexOf('=') + 1)));
			args.add(arg);
		}
		return clock.startApp(args);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
