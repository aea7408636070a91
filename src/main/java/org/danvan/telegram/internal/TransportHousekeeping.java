package org.danvan.telegram.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.danvan.shared.Housekeeping;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.RetentionSettings;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Deletes handled updates, old bulk deliveries and slices, and long-expired
 * conversations. Updates not yet handled are never deleted.
 */
@Component
class TransportHousekeeping implements Housekeeping {

	private final MongoTemplate mongo;

	private final RetentionSettings retention;

	TransportHousekeeping(MongoTemplate mongo, RetentionSettings retention) {
		this.mongo = mongo;
		this.retention = retention;
	}

	@Override
	public Map<String, Long> purge(Instant now) {
		long updates = this.mongo
			.remove(Query.query(Criteria.where("receivedAt")
				.lt(now.minus(this.retention.updates()))
				.and("status")
				.in(ReceivedUpdate.Status.HANDLED.name(), ReceivedUpdate.Status.FAILED.name())), ReceivedUpdate.class)
			.getDeletedCount();
		Instant oldJobs = now.minus(this.retention.deliveries());
		Query old = Query.query(Criteria.where("createdAt").lt(oldJobs));
		old.fields().include("_id");
		List<String> jobs = this.mongo.find(old, org.bson.Document.class, "bulk_jobs")
			.stream()
			.map((job) -> job.getString("_id"))
			.toList();
		long deliveries = jobs.isEmpty() ? 0
				: this.mongo.remove(Query.query(Criteria.where("jobId").in(jobs)), Delivery.class).getDeletedCount();
		long chunks = jobs.isEmpty() ? 0
				: this.mongo.remove(Query.query(Criteria.where("jobId").in(jobs)), BulkChunk.class).getDeletedCount();
		long conversations = this.mongo
			.remove(Query.query(Criteria.where("expiresAt").lt(now.minus(this.retention.conversations()))),
					Conversation.class)
			.getDeletedCount();
		return Map.of("updates", updates, "deliveries", deliveries, "bulk slices", chunks, "conversations",
				conversations);
	}

}
