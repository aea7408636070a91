package org.danvan.access;

import java.time.Instant;

import org.danvan.shared.Grant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-time link that grants a role in an area to whoever opens it first, before it
 * expires.
 *
 * @param code the random code in the link
 * @param grant what it grants
 * @param createdBy who made it
 * @param createdAt when
 * @param expiresAt when it stops working
 * @param usedBy who used it, {@code null} while unused
 * @param usedAt when it was used
 */
@Document("invites")
public record Invite(@Id String code, Grant grant, long createdBy, Instant createdAt, Instant expiresAt, Long usedBy,
		Instant usedAt) {

}
