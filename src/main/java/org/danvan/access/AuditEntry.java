package org.danvan.access;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One privileged action or role change: who did what to what, and when. Never changed
 * once written.
 *
 * @param id time-ordered id
 * @param at when
 * @param actorId who did it (a Telegram user id; 0 for the system)
 * @param action what, e.g. {@code role.granted}
 * @param target what it was done to, e.g. {@code member:123 officer@kg-vd}
 */
@Document("audit")
public record AuditEntry(@Id String id, Instant at, long actorId, String action, String target) {

}
