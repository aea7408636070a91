package org.danvan.enrollment;

import java.time.LocalTime;

import org.danvan.scheduling.TimeOfDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Patrol rotas.
 *
 * @param patrolEveningAt when the household on duty is reminded the evening before, in
 * each province's time zone; no evening reminder when empty
 * @param patrolMorningAt when it is reminded on the morning of its patrol; no morning
 * reminder when empty
 * @param coverageDays a marker or road counts as covered when its group reported "all
 * clear" within this many days
 * @param coordinatorDigestDay the weekday of the coordinators' weekly digest
 * @param coordinatorDigestAt its time, in each province's time zone; no digest when empty
 */
@ConfigurationProperties("danvan.enrollment")
public record EnrollmentSettings(@DefaultValue("19:00") String patrolEveningAt,
		@DefaultValue("06:00") String patrolMorningAt, @DefaultValue("7") int coverageDays,
		@DefaultValue("MONDAY") java.time.DayOfWeek coordinatorDigestDay,
		@DefaultValue("07:00") String coordinatorDigestAt) {

	public EnrollmentSettings {
		TimeOfDay.parse(patrolEveningAt);
		TimeOfDay.parse(patrolMorningAt);
		TimeOfDay.parse(coordinatorDigestAt);
	}

	/** {@code null}: no evening reminder. */
	public LocalTime patrolEveningTime() {
		return TimeOfDay.parse(this.patrolEveningAt);
	}

	/** {@code null}: no morning reminder. */
	public LocalTime patrolMorningTime() {
		return TimeOfDay.parse(this.patrolMorningAt);
	}

	/** {@code null}: no weekly digest. */
	public LocalTime coordinatorDigestTime() {
		return TimeOfDay.parse(this.coordinatorDigestAt);
	}

}
