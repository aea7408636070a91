package org.danvan.incident;

import java.time.Instant;
import java.util.Map;

import org.danvan.shared.Housekeeping;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Deletes expired relay records, and their tokens from the reporter's list of reports:
 * once both are gone, nothing links an anonymous report to its reporter's chat any more.
 */
@Component
class RelayHousekeeping implements Housekeeping {

	private final MongoTemplate mongo;

	private final ReportsByMember reports;

	RelayHousekeeping(MongoTemplate mongo, ReportsByMember reports) {
		this.mongo = mongo;
		this.reports = reports;
	}

	@Override
	public Map<String, Long> purge(Instant now) {
		long purged = 0;
		for (Relay relay : this.mongo.find(Query.query(Criteria.where("expiresAt").lt(now)), Relay.class)) {
			this.reports.forget(relay.chatId(), relay.token());
			purged += this.mongo.remove(Query.query(Criteria.where("_id").is(relay.token())), Relay.class)
				.getDeletedCount();
		}
		return Map.of("expired relays", purged);
	}

}
