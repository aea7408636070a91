package org.danvan.telegram.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One recipient of a bulk send, unique on job and recipient. A sealed recipient's chat is
 * kept only encrypted, under a keyed tag of it, until the delivery ends.
 *
 * @param id {@code <job>:<chat id>}, or {@code <job>:s<tag>} for a sealed recipient
 * @param jobId the job
 * @param chatId the recipient's chat, 0 for a sealed one
 * @param version which version they get
 * @param status where it stands
 * @param sentBy the instance that sent it
 * @param updatedAt when the status last changed
 * @param error why it failed, if it did
 * @param sealedChat a sealed recipient's chat, encrypted; dropped once it was delivered
 */
@Document("deliveries")
record Delivery(@Id String id, String jobId, long chatId, String version, Status status, String sentBy,
		Instant updatedAt, String error, String sealedChat) {

	enum Status {

		/** Not sent yet, or taken back before it was sent. */
		PENDING, SENT, FAILED, BLOCKED;

		boolean isFinal() {
			return this == SENT || this == FAILED || this == BLOCKED;
		}

	}

	static String id(String jobId, long chatId) {
		return id(jobId, String.valueOf(chatId));
	}

	static String id(String jobId, String recipientKey) {
		return jobId + ":" + recipientKey;
	}

}
