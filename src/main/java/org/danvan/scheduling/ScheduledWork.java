package org.danvan.scheduling;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One piece of timed work, as kept in MongoDB: the source Quartz's in-memory triggers are
 * made from at every start.
 *
 * @param key unique and chosen by the caller, so scheduling the same work twice is
 * harmless
 * @param task the {@link TimedTask} to run
 * @param data what the task needs
 * @param fireAt when
 * @param status pending until it runs (or is cancelled)
 * @param ranAt when it ran
 */
@Document("schedules")
record ScheduledWork(@Id String key, String task, Map<String, String> data, Instant fireAt, Status status,
		Instant ranAt) {

	enum Status {

		PENDING, DONE, CANCELLED

	}

}
