package org.danvan.telegram.internal;

import java.time.Instant;
import java.util.Map;

import org.danvan.telegram.Lane;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bulk send: what to send, rendered per version, and its counters, kept with
 * {@code $inc} so progress is read without counting deliveries.
 *
 * @param id the caller's job id
 * @param versions the messages, by version key
 * @param createdAt when it was started
 * @param total recipients
 * @param sent delivered
 * @param failed given up
 * @param blocked unreachable
 * @param lane the lane its messages go on ({@code null}: bulk)
 * @param paidCalls how many of its Bot API calls may go at the paid broadcast rate
 * @param paidLeft how many of those no slice has taken yet
 */
@Document("bulk_jobs")
record BulkJob(@Id String id, Map<String, StoredMessage> versions, Instant createdAt, int total, int sent, int failed,
		int blocked, Lane lane, long paidCalls, long paidLeft) {

	Lane laneOrBulk() {
		return (this.lane != null) ? this.lane : Lane.BULK;
	}

}
