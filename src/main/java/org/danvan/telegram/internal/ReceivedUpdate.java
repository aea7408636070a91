package org.danvan.telegram.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An update as it came from Telegram, written down before it is handled so that a crash
 * loses nothing and a second delivery is recognised. Once handled, only its id, outcome
 * and time stay.
 *
 * @param id Telegram's update id
 * @param chat the chat whose updates are handled in order, until it is handled
 * @param json the update as Telegram sent it, until it is handled
 * @param status where its handling stands
 * @param receivedAt when it arrived
 */
@Document("received_updates")
record ReceivedUpdate(@Id long id, Long chat, String json, Status status, Instant receivedAt) {

	enum Status {

		RECEIVED, HANDLED, FAILED

	}

}
