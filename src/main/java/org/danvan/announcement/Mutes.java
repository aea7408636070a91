package org.danvan.announcement;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The members who muted normal announcements, one document each, keyed by their id.
 */
@Component
public class Mutes {

	private static final String COLLECTION = "announcement_mutes";

	private final MongoTemplate mongo;

	private final Clock clock;

	Mutes(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Mutes them; false if they already were. */
	public boolean mute(long memberId) {
		return this.mongo.upsert(byId(memberId), new Update().setOnInsert("at", this.clock.instant()), COLLECTION)
			.getUpsertedId() != null;
	}

	/** Unmutes them; false if they were not muted. */
	public boolean unmute(long memberId) {
		return this.mongo.remove(byId(memberId), COLLECTION).getDeletedCount() > 0;
	}

	public boolean isMuted(long memberId) {
		return this.mongo.exists(byId(memberId), COLLECTION);
	}

	/** Everyone who muted (a few, read whole for each send). */
	Set<Long> all() {
		return this.mongo.findAll(Document.class, COLLECTION)
			.stream()
			.map((doc) -> ((Number) doc.get("_id")).longValue())
			.collect(Collectors.toSet());
	}

	private static Query byId(long memberId) {
		return Query.query(Criteria.where("_id").is(memberId));
	}

}
