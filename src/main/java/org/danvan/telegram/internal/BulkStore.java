package org.danvan.telegram.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.danvan.shared.Sealer;
import org.danvan.telegram.Broadcasts;
import org.danvan.telegram.internal.Delivery.Status;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Bulk jobs, their slices and their deliveries in MongoDB. Every change is one atomic
 * update of one document, and a delivery costs one write when it ends; creating is
 * idempotent, so a crash while creating is mended by creating again.
 */
@Component
class BulkStore {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Sealer sealer;

	/**
	 * Leases measure time passing on the machines, whatever the application's clock says.
	 */
	private final Clock leases = Clock.systemUTC();

	BulkStore(MongoTemplate mongo, Clock clock, Sealer sealer) {
		this.mongo = mongo;
		this.clock = clock;
		this.sealer = sealer;
	}

	/**
	 * Writes the job, deliveries and slices that do not exist yet; returns the recipients
	 * added. Deliveries are written before their slice, and starting again puts every
	 * pending delivery that no slice holds (a crash came between the two) into one.
	 */
	int create(String jobId, Map<String, StoredMessage> versions, List<Broadcasts.Recipient> recipients, int chunkSize,
			org.danvan.telegram.Lane lane, long paidCalls) {
		boolean existed = this.mongo.findById(jobId, BulkJob.class) != null;
		Set<String> known = existed ? knownDeliveries(jobId) : Set.of();
		TreeMap<Long, Broadcasts.Recipient> fresh = new TreeMap<>();
		recipients.stream()
			.filter((recipient) -> !known.contains(Delivery.id(jobId, key(jobId, recipient))))
			.forEach((recipient) -> fresh.putIfAbsent(recipient.chatId(), recipient));
		if (!existed) {
			insertIgnoringDuplicates(new BulkJob(jobId, versions, this.clock.instant(), fresh.size(), 0, 0, 0, lane,
					paidCalls, paidCalls));
		}
		List<BulkChunk.Entry> toChunk = new ArrayList<>(existed ? unchunked(jobId) : List.of());
		fresh.values().forEach((recipient) -> toChunk.add(entry(jobId, recipient)));
		String prefix = existed ? "x" : "";
		for (int from = 0; from < toChunk.size(); from += chunkSize) {
			List<BulkChunk.Entry> slice = List
				.copyOf(toChunk.subList(from, Math.min(toChunk.size(), from + chunkSize)));
			insertDeliveries(jobId, slice);
			insertIgnoringDuplicates(
					new BulkChunk(jobId + ":" + prefix + key(jobId, slice.get(0)), jobId, slice, null, null, 0, false));
		}
		this.mongo.updateFirst(byId(jobId), Update.update("total", known.size() + fresh.size()), BulkJob.class);
		return fresh.size();
	}

	private Set<String> knownDeliveries(String jobId) {
		Query query = Query.query(Criteria.where("jobId").is(jobId));
		query.fields().include("_id");
		return this.mongo.find(query, org.bson.Document.class, "deliveries")
			.stream()
			.map((delivery) -> delivery.getString("_id"))
			.collect(Collectors.toSet());
	}

	/**
	 * What names a recipient in its delivery's id: the chat id, or for a sealed one a tag
	 * of it under the relay key, different in every job so that jobs cannot be linked.
	 */
	private String key(String jobId, Broadcasts.Recipient recipient) {
		return recipient.sealed() ? "s" + this.sealer.tag("delivery:" + jobId, recipient.chatId())
				: String.valueOf(recipient.chatId());
	}

	/**
	 * The entry's key; a sealed one that no longer opens (the key changed) keeps its own.
	 */
	String key(String jobId, BulkChunk.Entry entry) {
		if (entry.sealedChat() == null) {
			return String.valueOf(entry.chatId());
		}
		OptionalLong chat = chat(jobId, entry);
		return chat.isPresent() ? "s" + this.sealer.tag("delivery:" + jobId, chat.getAsLong())
				: "s-" + Integer.toHexString(entry.sealedChat().hashCode());
	}

	/** The entry's chat, opened if sealed; empty if it was sealed under another key. */
	OptionalLong chat(String jobId, BulkChunk.Entry entry) {
		return (entry.sealedChat() == null) ? OptionalLong.of(entry.chatId())
				: this.sealer.openChat(entry.sealedChat(), "delivery:" + jobId);
	}

	private BulkChunk.Entry entry(String jobId, Broadcasts.Recipient recipient) {
		return recipient.sealed()
				? new BulkChunk.Entry(0, recipient.version(),
						this.sealer.sealChat(recipient.chatId(), "delivery:" + jobId))
				: new BulkChunk.Entry(recipient.chatId(), recipient.version(), null);
	}

	/**
	 * Pending deliveries of a job that no slice holds; read only when a job is started
	 * again.
	 */
	private List<BulkChunk.Entry> unchunked(String jobId) {
		Set<String> chunked = this.mongo.find(Query.query(Criteria.where("jobId").is(jobId)), BulkChunk.class)
			.stream()
			.flatMap((chunk) -> chunk.entries().stream())
			.map((entry) -> Delivery.id(jobId, key(jobId, entry)))
			.collect(Collectors.toSet());
		Query pending = Query.query(Criteria.where("jobId").is(jobId).and("status").is(Status.PENDING));
		return this.mongo.find(pending, Delivery.class)
			.stream()
			.filter((delivery) -> !chunked.contains(delivery.id()))
			.map((delivery) -> new BulkChunk.Entry(delivery.chatId(), delivery.version(), delivery.sealedChat()))
			.toList();
	}

	private void insertDeliveries(String jobId, List<BulkChunk.Entry> slice) {
		Instant now = this.clock.instant();
		List<Delivery> deliveries = slice.stream()
			.map((e) -> new Delivery(Delivery.id(jobId, key(jobId, e)), jobId, e.chatId(), e.version(), Status.PENDING,
					null, now, null, e.sealedChat()))
			.toList();
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class).insert(deliveries).execute();
		}
		catch (DuplicateKeyException | BulkOperationException ex) {
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
	Optional<BulkChunk> claim(String owner, Duration lease) {
		Instant now = this.leases.instant();
		Query claimable = Query
			.query(new Criteria().orOperator(Criteria.where("owner").is(null), Criteria.where("leaseUntil").lt(now)));
		Update update = new Update().set("owner", owner).set("leaseUntil", now.plus(lease)).inc("claims", 1);
		return Optional.ofNullable(this.mongo.findAndModify(claimable, update,
				FindAndModifyOptions.options().returnNew(true), BulkChunk.class));
	}

	/** Extends the lease; false if another instance has taken the slice over. */
	boolean renew(BulkChunk chunk, String owner, Duration lease) {
		Query mine = Query.query(Criteria.where("_id").is(chunk.id()).and("owner").is(owner));
		return this.mongo
			.updateFirst(mine, Update.update("leaseUntil", this.leases.instant().plus(lease)), BulkChunk.class)
			.getModifiedCount() > 0;
	}

	/** Gives the slice back on shutdown, so that the next start takes it at once. */
	void release(BulkChunk chunk, String owner) {
		Query mine = Query.query(Criteria.where("_id").is(chunk.id()).and("owner").is(owner));
		this.mongo.updateFirst(mine, new Update().set("owner", null).set("leaseUntil", null), BulkChunk.class);
	}

	Optional<BulkJob> job(String jobId) {
		return Optional.ofNullable(this.mongo.findById(jobId, BulkJob.class));
	}

	Optional<Delivery> delivery(String jobId, String recipientKey) {
		return Optional.ofNullable(this.mongo.findById(Delivery.id(jobId, recipientKey), Delivery.class));
	}

	/**
	 * Records how a delivery ended: its one write. A sealed chat is kept only while it
	 * may be sent to again (after a failure).
	 */
	void finished(String jobId, String recipientKey, Status status, String owner, String error) {
		Update update = new Update().set("status", status)
			.set("sentBy", owner)
			.set("error", error)
			.set("updatedAt", this.clock.instant());
		if (status != Status.FAILED) {
			update.unset("sealedChat");
		}
		this.mongo.updateFirst(byId(Delivery.id(jobId, recipientKey)), update, Delivery.class);
	}

	/** The delivery was taken back before it was sent. */
	void pending(String jobId, String recipientKey) {
		this.mongo.updateFirst(byId(Delivery.id(jobId, recipientKey)), Update.update("status", Status.PENDING),
				Delivery.class);
	}

	/** Adds a finished slice's outcomes to its job's counters, then deletes the slice. */
	/**
	 * Whether the slice goes at the paid rate: it takes {@code calls} from what the job
	 * may still spend, once; a slice the allowance no longer covers goes at the free
	 * rate.
	 */
	boolean payFor(BulkChunk chunk, long calls) {
		if (chunk.paid()) {
			return true;
		}
		Query covered = Query.query(Criteria.where("_id").is(chunk.jobId()).and("paidLeft").gte(calls));
		if (calls <= 0 || this.mongo.updateFirst(covered, new Update().inc("paidLeft", -calls), BulkJob.class)
			.getModifiedCount() == 0) {
			return false;
		}
		this.mongo.updateFirst(byId(chunk.id()), Update.update("paid", true), BulkChunk.class);
		return true;
	}

	void finish(BulkChunk chunk, Map<Status, Integer> outcomes) {
		Update counters = new Update();
		outcomes.forEach((status, count) -> counters.inc(counter(status), count));
		if (!outcomes.isEmpty()) {
			this.mongo.updateFirst(byId(chunk.jobId()), counters, BulkJob.class);
		}
		this.mongo.remove(byId(chunk.id()), BulkChunk.class);
	}

	/** Puts failed deliveries back in a new slice; returns how many. */
	int retryFailed(String jobId, int chunkSize) {
		Query failedOnes = Query.query(Criteria.where("jobId").is(jobId).and("status").is(Status.FAILED));
		List<BulkChunk.Entry> entries = new ArrayList<>();
		for (Delivery delivery : this.mongo.find(failedOnes, Delivery.class)) {
			Query stillFailed = Query.query(Criteria.where("_id").is(delivery.id()).and("status").is(Status.FAILED));
			if (this.mongo.updateFirst(stillFailed, Update.update("status", Status.PENDING), Delivery.class)
				.getModifiedCount() > 0) {
				this.mongo.updateFirst(byId(jobId), new Update().inc("failed", -1), BulkJob.class);
				entries.add(new BulkChunk.Entry(delivery.chatId(), delivery.version(), delivery.sealedChat()));
			}
		}
		for (int from = 0; from < entries.size(); from += chunkSize) {
			List<BulkChunk.Entry> slice = List
				.copyOf(entries.subList(from, Math.min(entries.size(), from + chunkSize)));
			this.mongo.insert(
					new BulkChunk(jobId + ":r" + this.clock.millis() + "-" + from, jobId, slice, null, null, 0, false));
		}
		return entries.size();
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
