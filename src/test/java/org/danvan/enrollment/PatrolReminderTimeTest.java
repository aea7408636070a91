package org.danvan.enrollment;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.danvan.DanVanApplication;
import org.danvan.sandbox.botapi.BotMessage;
import org.danvan.support.BulkHarness;
import org.danvan.sandbox.botapi.BotApiStandIn;
import org.danvan.sandbox.botapi.StandInUser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a patrol tomorrow and the evening reminder set a few seconds ahead in Vietnam's
 * local time, then the household on duty is reminded at that time, not before, by the
 * real scheduler.
 */
class PatrolReminderTimeTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@TempDir
	Path data;

	@Test
	void theEveningReminderComesAtItsLocalTime() {
		Instant at = Instant.now().plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
		String evening = LocalTime.ofInstant(at, VIETNAM).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
		try (BotApiStandIn telegram = new BotApiStandIn();
				ConfigurableApplicationContext app = new SpringApplicationBuilder(DanVanApplication.class)
					.run(BulkHarness
						.appArgs(telegram, this.data, "--danvan.enrollment.patrol-evening-at=" + evening,
								"--danvan.enrollment.patrol-morning-at=", "--danvan.incidents.digest-at=")
						.toArray(String[]::new))) {
			StandInUser villager = telegram.user(42_000, "Hai", "en");
			villager.send("/help");
			villager.awaitText("What you can do:");
			EnrollmentManagement enrollment = app.getBean(EnrollmentManagement.class);
			SelfManagedGroup group = enrollment.createGroup(1, "kg-vd-ta-em", "Tổ đêm").orElseThrow();
			enrollment.enroll(new EnrollmentRequest(villager.id(), "Phan Văn Hai", 2, "kg-vd-ta-em", null, group.id()));
			enrollment.decide(villager.id(), true, 1, null);
			app.getBean(Patrols.class).setDays(group, EnumSet.allOf(java.time.DayOfWeek.class));
			villager.awaitText("Good news");
			assertThat(Instant.now()).as("set up before the reminder time").isBefore(at);
			assertThat(villager.messages()).noneMatch((m) -> m.text().contains("your household's turn"));

			BotApiStandIn.await(
					() -> villager.messages().stream().anyMatch((m) -> m.text().contains("your household's turn")),
					Duration.ofSeconds(40), "the evening reminder");
			Instant received = Instant.now();
			BotMessage reminder = villager.awaitText("your household's turn");
			assertThat(reminder.text()).startsWith("Tomorrow, " + LocalDate.ofInstant(at, VIETNAM).plusDays(1));
			assertThat(received).isAfterOrEqualTo(at).isBefore(at.plusSeconds(4));
		}
	}

}
