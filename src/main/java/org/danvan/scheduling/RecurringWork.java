package org.danvan.scheduling;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Work that comes back on a calendar rule, as kept in MongoDB: its next firing and its
 * last run, so that runs missed while the bot was down are seen at start-up and handled
 * by its misfire rule.
 *
 * @param key unique and chosen by the caller
 * @param task the {@link TimedTask} to run
 * @param data what the task needs
 * @param cron the rule, a Quartz cron expression (seconds first)
 * @param zone the time zone the rule is read in, e.g. {@code Asia/Ho_Chi_Minh}
 * @param misfire what to do about runs missed while down
 * @param nextFireAt the next firing
 * @param lastRunAt the last run, if any
 * @param lastResult how it ended: {@code ok} or what failed
 * @param active false once stopped
 */
@Document("recurring_schedules")
record RecurringWork(@Id String key, String task, Map<String, String> data, String cron, String zone, Misfire misfire,
		Instant nextFireAt, Instant lastRunAt, String lastResult, boolean active) {

}
