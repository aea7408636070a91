package org.danvan.telegram.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One recipient of a bulk send, unique on job and recipient.
 *
 * @param id {@code <job>:<chat id>}
 * @param jobId the job
 * @param chatId the recipient's chat
 * @param version which version they get
 * @param status where it stands
 * @param sentBy the instance that sent it
 * @param updatedAt when the status last changed
 * @param error why it failed, if it did
 */
@Document("deliveries")
record Delivery(@Id String id, String jobId, long chatId, String version, Status status, String sentBy,
		Instant updatedAt, String error) {

	enum Status {

		/** Not sent yet, or taken back before it was sent. */
		PENDING, SENT, FAILED, BLOCKED;

		boolean isFinal() {
			return this == SENT || this == FAILED || this == BLOCKED;
		}

	}

	static String id(String jobId, long chatId) {
		return jobId + ":" + chatId;
	}

}
