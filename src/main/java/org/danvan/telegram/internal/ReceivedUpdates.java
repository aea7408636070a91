package org.danvan.telegram.internal;

import java.time.Instant;
import java.util.List;

import org.danvan.telegram.internal.ReceivedUpdate.Status;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The updates received, keyed by Telegram's update id.
 */
@Component
class ReceivedUpdates {

	private final MongoTemplate mongo;

	ReceivedUpdates(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Writes the update down; false if it was already there (Telegram delivered it
	 * twice).
	 */
	boolean record(long id, long chat, String json, Instant now) {
		try {
			this.mongo.insert(new ReceivedUpdate(id, chat, json, Status.RECEIVED, now));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Records how the update's handling ended and forgets what it said and whose chat it
	 * came from: only its id and outcome stay, to recognise a second delivery.
	 */
	void finish(long id, Status status) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("status", status).unset("json").unset("chat"), ReceivedUpdate.class);
	}

	/** The updates left unhandled by a crash, oldest first. Read once at start-up. */
	List<ReceivedUpdate> unhandled() {
		Query query = Query.query(Criteria.where("status").is(Status.RECEIVED)).with(Sort.by("_id"));
		return this.mongo.find(query, ReceivedUpdate.class);
	}

	/**
	 * Forgets handled updates older than {@code before}; Telegram redelivers for a day at
	 * most.
	 */
	long purge(Instant before) {
		Query query = Query.query(Criteria.where("status").ne(Status.RECEIVED).and("receivedAt").lt(before));
		return this.mongo.remove(query, ReceivedUpdate.class).getDeletedCount();
	}

}
