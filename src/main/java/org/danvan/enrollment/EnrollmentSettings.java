package org.danvan.enrollment;

import java.time.LocalTime;

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
public record EnrollmentSettings(@DefaultValue("19:00") LocalTime patrolEveningAt,
		@DefaultValue("06:00") LocalTime patrolMorningAt, @DefaultValue("7") int coverageDays,
		@DefaultValue("MONDAY") java.time.DayOfWeek coordinatorDigestDay,
		@DefaultValue("07:00") LocalTime coordinatorDigestAt) {

}
