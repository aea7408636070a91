package org.danvan.incident;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The only link from an anonymous report back to its reporter's chat, so that they hear
 * of its progress; sealed, and it expires.
 *
 * @param token the random token the incident holds
 * @param chat the reporter's chat, encrypted under the relay key (bound to this token)
 * @param code the incident
 * @param expiresAt after this the link is forgotten
 */
@Document("relays")
record Relay(@Id String token, String chat, String code, Instant expiresAt) {

}
