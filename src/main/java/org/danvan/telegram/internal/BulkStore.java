package org.danvan.telegram.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.internal.Delivery.Status;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Bulk jobs, their slices and their deliveries in MongoDB. Every change is one atomic
 * update of one document; creating is idempotent, so a crash while creating is mended by
 * creating again.
 */
@Component
class BulkStore {

	private final MongoTemplate mongo;

	private final Clock clock;

	BulkStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Writes the job, slices and deliveries that do not exist yet; returns the recipients
	 * added.
	 */
	int create(String jobId, Map<String, StoredMessage> versions, List<Broadcasts.Recipient> recipients,
			int chunkSize) {
		Set<Long> existing = existingRecipients(jobId);
		List<Broadcasts.Recipient> fresh = recipients.stream()
			.filter((recipient) -> !existing.contains(recipient.chatId()))
			.collect(Collectors.toMap(Broadcasts.Recipient::chatId, (r) -> r, (a, b) -> a, java.util.TreeMap::new))
			.values()
			.stream()
			.toList();
		if (existing.isEmpty()) {
			insertJob(jobId, versions);
		}
		String prefix = existing.isEmpty() ? "" : "x";
		for (int from = 0; from < fresh.size(); from += chunkSize) {
			List<Broadcasts.Recipient> slice = fresh.subList(from, Math.min(fresh.size(), from + chunkSize));
			insertIgnoringDuplicates(new BulkChunk(jobId + ":" + prefix + slice.get(0).chatId(), jobId,
					slice.stream().map(Broadcasts.Recipient::chatId).toList(), null, null, 0));
			insertDeliveries(jobId, slice);
		}
		this.mongo.updateFirst(byId(jobId), Update.update("total", existing.size() + fresh.size()), BulkJob.class);
		return fresh.size();
	}

	private Set<Long> existingRecipients(String jobId) {
		if (this.mongo.findById(jobId, BulkJob.class) == null) {
			return Set.of();
		}
		Query query = Query.query(Criteria.where("jobId").is(jobId));
		query.fields().include("chatId");
		return this.mongo.find(query, Delivery.class).stream().map(Delivery::chatId).collect(Collectors.toSet());
	}

	private void insertJob(String jobId, Map<String, StoredMessage> versions) {
		insertIgnoringDuplicates(new BulkJob(jobId, versions, this.clock.instant(), 0, 0, 0, 0));
	}

	private void insertDeliveries(String jobId, List<Broadcasts.Recipient> slice) {
		Instant now = this.clock.instant();
		List<Delivery> deliveries = slice.stream()
			.map((r) -> new Delivery(Delivery.id(jobId, r.chatId()), jobId, r.chatId(), r.version(), Status.PENDING,
					null, now, null))
			.toList();
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class).insert(deliveries).execute();
		}
		catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException ex) {
			// written before a crash: the rest of the slice went in
		}
	}

	private void insertIgnoringDuplicates(Object document) {
		try {
			this.mongo.insert(document);
		}
		catch (DuplicateKeyException ex) {
			// written before a crash
		}
	}

	/** Takes an unclaimed slice, or one whose owner stopped renewing its lease. */
	Optional<BulkChunk> claim(String owner, java.time.Duration lease) {
		Instant now = this.clock.instant();
		Query claimable = Query
			.query(new Criteria().orOperator(Criteria.where("owner").is(null), Criteria.where("leaseUntil").lt(now)));
		Update update = new Update().set("owner", owner).set("leaseUntil", now.plus(lease)).inc("claims", 1);
		return Optional.ofNullable(this.mongo.findAndModify(claimable, update,
				FindAndModifyOptions.options().returnNew(true), BulkChunk.class));
	}

	/** Extends the lease; false if another instance has taken the slice over. */
	boolean renew(BulkChunk chunk, String owner, java.time.Duration lease) {
		Query mine = Query.query(Criteria.where("_id").is(chunk.id()).and("owner").is(owner));
		return this.mongo
			.updateFirst(mine, Update.update("leaseUntil", this.clock.instant().plus(lease)), BulkChunk.class)
			.getModifiedCount() > 0;
	}

	/** Gives the slice back on shutdown, so that the next start takes it at once. */
	void release(BulkChunk chunk, String owner) {
		Query mine = Query.query(Criteria.where("_id").is(chunk.id()).and("owner").is(owner));
		this.mongo.updateFirst(mine, new Update().set("owner", null).set("leaseUntil", null), BulkChunk.class);
	}

	/** The delivery was taken back before it was sent. */
	void pending(Delivery delivery) {
		this.mongo.updateFirst(byId(delivery.id()), Update.update("status", Status.PENDING), Delivery.class);
	}

	void finish(BulkChunk chunk) {
		this.mongo.remove(byId(chunk.id()), BulkChunk.class);
	}

	Optional<BulkJob> job(String jobId) {
		return Optional.ofNullable(this.mongo.findById(jobId, BulkJob.class));
	}

	Optional<Delivery> delivery(String jobId, long chatId) {
		return Optional.ofNullable(this.mongo.findById(Delivery.id(jobId, chatId), Delivery.class));
	}

	void sending(Delivery delivery, String owner) {
		this.mongo.updateFirst(byId(delivery.id()),
				new Update().set("status", Status.SENDING).set("sentBy", owner).set("updatedAt", this.clock.instant()),
				Delivery.class);
	}

	/** Records how a delivery ended and counts it on its job. */
	void finished(Delivery delivery, Status status, String error) {
		this.mongo.updateFirst(byId(delivery.id()),
				new Update().set("status", status).set("error", error).set("updatedAt", this.clock.instant()),
				Delivery.class);
		this.mongo.updateFirst(byId(delivery.jobId()), new Update().inc(counter(status), 1), BulkJob.class);
	}

	/** Puts failed deliveries back in a new slice; returns how many. */
	int retryFailed(String jobId, int chunkSize) {
		List<Delivery> failed = this.mongo
			.find(Query.query(Criteria.where("jobId").is(jobId).and("status").is(Status.FAILED)), Delivery.class);
		List<Long> chats = new ArrayList<>();
		for (Delivery delivery : failed) {
			Query stillFailed = Query.query(Criteria.where("_id").is(delivery.id()).and("status").is(Status.FAILED));
			if (this.mongo.updateFirst(stillFailed, Update.update("status", Status.PENDING), Delivery.class)
				.getModifiedCount() > 0) {
				this.mongo.updateFirst(byId(jobId), new Update().inc("failed", -1), BulkJob.class);
				chats.add(delivery.chatId());
			}
		}
		for (int from = 0; from < chats.size(); from += chunkSize) {
			List<Long> slice = chats.subList(from, Math.min(chats.size(), from + chunkSize));
			this.mongo.insert(new BulkChunk(jobId + ":r" + this.clock.millis() + "-" + from, jobId, List.copyOf(slice),
					null, null, 0));
		}
		return chats.size();
	}

	private static String counter(Status status) {
		return switch (status) {
			case SENT -> "sent";
			case BLOCKED -> "blocked";
			default -> "failed";
		};
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
