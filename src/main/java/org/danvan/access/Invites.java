package org.danvan.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.danvan.shared.Grant;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Creates invites and redeems them: a redemption is one atomic update that succeeds only
 * for an unused, unexpired invite, so two people opening the same link cannot both get
 * the role.
 */
@Service
public class Invites {

	static final String LINK_KIND = "inv";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int CODE_LENGTH = 14;

	private final SecureRandom random = new SecureRandom();

	private final MongoTemplate mongo;

	private final AccessSettings settings;

	private final Clock clock;

	private final AuditLog audit;

	Invites(MongoTemplate mongo, AccessSettings settings, Clock clock, AuditLog audit) {
		this.mongo = mongo;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	public Invite create(long creatorId, Grant grant) {
		Instant now = this.clock.instant();
		Invite invite = new Invite(code(), grant, creatorId, now, now.plus(this.settings.inviteValidity()), null, null);
		this.mongo.insert(invite);
		this.audit.record(creatorId, "invite.created",
				grant.role().name().toLowerCase(java.util.Locale.ROOT) + "@" + grant.areaId());
		return invite;
	}

	/**
	 * Marks the invite used by this member, if it is still valid; otherwise says why not.
	 */
	public Redemption redeem(String code, long memberId) {
		Instant now = this.clock.instant();
		Query valid = Query.query(Criteria.where("_id").is(code).and("usedBy").is(null).and("expiresAt").gt(now));
		Invite used = this.mongo.findAndModify(valid, new Update().set("usedBy", memberId).set("usedAt", now),
				FindAndModifyOptions.options().returnNew(true), Invite.class);
		if (used != null) {
			return new Redemption(Redemption.Outcome.GRANTED, Optional.of(used));
		}
		Invite invite = this.mongo.findById(code, Invite.class);
		if (invite == null) {
			return new Redemption(Redemption.Outcome.UNKNOWN, Optional.empty());
		}
		return new Redemption((invite.usedBy() != null) ? Redemption.Outcome.USED : Redemption.Outcome.EXPIRED,
				Optional.of(invite));
	}

	private String code() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** What opening an invite came to. */
	public record Redemption(Outcome outcome, Optional<Invite> invite) {

		/** Whether the role was granted, or why not. */
		public enum Outcome {

			GRANTED, USED, EXPIRED, UNKNOWN

		}

	}

}
