package org.danvan.scheduling;

import java.time.Instant;

/**
 * A scheduled job as {@code /jobs} shows it.
 *
 * @param key its key
 * @param task the task it runs
 * @param rule its cron rule and time zone, or {@code null} for a one-off
 * @param nextFireAt its next firing, or {@code null} when none is due
 * @param lastRunAt its last run, or {@code null}
 * @param lastResult how the last run ended, or {@code null}
 */
public record ScheduledJob(String key, String task, String rule, Instant nextFireAt, Instant lastRunAt,
		String lastResult) {

}
