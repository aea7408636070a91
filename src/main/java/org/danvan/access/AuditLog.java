package org.danvan.access;

import java.time.Clock;
import java.util.List;

import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The append-only record of role changes and privileged actions. It holds Telegram ids of
 * officers and admins, never of anonymous reporters: callers pass targets that identify
 * records, not people who asked to stay unnamed.
 */
@Service
public class AuditLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void record(long actorId, String action, String target) {
		this.mongo.insert(new AuditEntry(new ObjectId().toHexString(), this.clock.instant(), actorId, action, target));
	}

	/** The latest entries, newest first. */
	public List<AuditEntry> latest(int count) {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(count), AuditEntry.class);
	}

}
