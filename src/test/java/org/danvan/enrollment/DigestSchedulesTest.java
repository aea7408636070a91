package org.danvan.enrollment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.danvan.scheduling.Misfire;
import org.danvan.scheduling.ScheduledJob;
import org.danvan.scheduling.Schedules;
import org.danvan.support.EndToEndTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the weekly coordinators' digest and the monthly village summary are scheduled
 * with (the tests' shared bot has both switched off): next due on a Monday at 07:00 and
 * on the first of a month at 08:00, Vietnam time.
 */
class DigestSchedulesTest extends EndToEndTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	Schedules schedules;

	@Test
	void weeklyAndMonthlyRulesComeDueOnTheirDays() {
		this.schedules.at("test-weekly", LocalTime.of(7, 0), "? * MON", VIETNAM, "enrollment.weekly",
				Map.of("area", "kg", "date", "2000-01-01"), Misfire.SKIP);
		this.schedules.at("test-monthly", LocalTime.of(8, 0), "1 * ?", VIETNAM, "incident.village-summary",
				Map.of("area", "kg", "month", "2000-01"), Misfire.SKIP);
		try {
			ZonedDateTime weekly = next("test-weekly");
			ZonedDateTime monthly = next("test-monthly");
			assertThat(weekly.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			assertThat(weekly.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
			assertThat(monthly.getDayOfMonth()).isEqualTo(1);
			assertThat(monthly.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
		}
		finally {
			this.schedules.stopRecurring("test-weekly");
			this.schedules.stopRecurring("test-monthly");
		}
	}

	private ZonedDateTime next(String key) {
		ScheduledJob job = this.schedules.jobs().stream().filter((j) -> j.key().equals(key)).findFirst().orElseThrow();
		return job.nextFireAt().atZone(VIETNAM);
	}

}
