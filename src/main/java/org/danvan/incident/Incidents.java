package org.danvan.incident;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Incidents and relay tokens in MongoDB. A report is stored once whatever happens (its
 * draft id is unique); a status change is one conditional update, so two officers
 * pressing at once cannot both win.
 */
@Component
class Incidents {

	/** No 0/O, 1/I/L: a code read aloud over a bad phone line stays a code. */
	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final MongoTemplate mongo;

	Incidents(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(Incident.class).createIndex(new Index().on("draft", Sort.Direction.ASC).unique());
		mongo.indexOps(Incident.class).createIndex(new Index().on("reporterId", Sort.Direction.ASC));
		mongo.indexOps(Incident.class)
			.createIndex(new Index().on("areaId", Sort.Direction.ASC).on("category", Sort.Direction.ASC));
		mongo.indexOps(Incident.class)
			.createIndex(new Index().on("path", Sort.Direction.ASC)
				.on("status", Sort.Direction.ASC)
				.on("createdAt", Sort.Direction.DESC));
		mongo.indexOps(Relay.class).createIndex(new Index().on("chatId", Sort.Direction.ASC));
	}

	/**
	 * Stores the report under a fresh code; if its draft was stored already, returns that
	 * one.
	 */
	Incident store(Incident draft, String province) {
		for (int attempt = 0; attempt < 20; attempt++) {
			Incident incident = withCode(draft, code(province));
			try {
				this.mongo.insert(incident);
				return incident;
			}
			catch (DuplicateKeyException ex) {
				Optional<Incident> same = byDraft(draft.draft());
				if (same.isPresent()) {
					return same.get();
				}
			}
		}
		throw new IllegalStateException("No free reference code after 20 tries");
	}

	Optional<Incident> byDraft(String draft) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("draft").is(draft)), Incident.class));
	}

	Optional<Incident> find(String code) {
		return Optional.ofNullable(this.mongo.findById(code, Incident.class));
	}

	/**
	 * Moves the incident to {@code to} if it is in a status that allows it; empty
	 * otherwise.
	 */
	Optional<Incident> transition(String code, Status to, Incident.Change change, Long assignee) {
		Query allowed = Query.query(Criteria.where("_id").is(code).and("status").in(to.from()));
		Update update = new Update().set("status", to).push("history", change);
		if (assignee != null) {
			update.set("assigneeId", assignee);
		}
		return Optional.ofNullable(this.mongo.findAndModify(allowed, update,
				FindAndModifyOptions.options().returnNew(true), Incident.class));
	}

	/**
	 * Open incidents in these areas (and beneath them), newest first, a page at a time.
	 */
	List<Incident> open(java.util.Collection<String> areaIds, java.util.Collection<Status> statuses, int page,
			int size) {
		return this.mongo.find(openQuery(areaIds, statuses).with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.skip((long) page * size)
			.limit(size), Incident.class);
	}

	long countOpen(java.util.Collection<String> areaIds, java.util.Collection<Status> statuses) {
		return this.mongo.count(openQuery(areaIds, statuses), Incident.class);
	}

	private static Query openQuery(java.util.Collection<String> areaIds, java.util.Collection<Status> statuses) {
		Criteria criteria = Criteria.where("status").in(statuses);
		if (areaIds != null) {
			criteria = criteria.and("path").in(areaIds);
		}
		return Query.query(criteria);
	}

	/**
	 * Open incidents of a category at a place (a marker, else a village) since a time.
	 */
	List<Incident> similar(Category category, String areaId, String markerId, Instant since) {
		Criteria criteria = Criteria.where("category")
			.is(category)
			.and("status")
			.in(Status.NEW, Status.ACKNOWLEDGED, Status.IN_PROGRESS)
			.and("createdAt")
			.gt(since);
		criteria = (markerId != null) ? criteria.and("markerId").is(markerId) : criteria.and("areaId").is(areaId);
		return this.mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(3),
				Incident.class);
	}

	/** Adds a follower, named (a member id) or anonymous (a relay token). */
	void follow(String code, Long memberId, String relayToken) {
		Update update = (memberId != null) ? new Update().addToSet("followerIds", memberId)
				: new Update().addToSet("followerRelays", relayToken);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(code)), update, Incident.class);
	}

	void saveQuestion(Question question) {
		this.mongo.insert(question);
	}

	Optional<Question> question(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Question.class));
	}

	void saveRelay(Relay relay) {
		this.mongo.insert(relay);
	}

	Optional<Relay> relay(String token, Instant now) {
		return Optional.ofNullable(this.mongo.findById(token, Relay.class)).filter((r) -> r.expiresAt().isAfter(now));
	}

	/**
	 * A member's named reports and the anonymous ones they can still reach, newest first.
	 */
	List<Incident> reportedBy(long memberId, Instant now, int limit) {
		List<String> anonymous = this.mongo.find(Query.query(Criteria.where("chatId").is(memberId)), Relay.class)
			.stream()
			.filter((relay) -> relay.expiresAt().isAfter(now))
			.map(Relay::code)
			.toList();
		Query query = Query
			.query(new Criteria().orOperator(Criteria.where("reporterId").is(memberId),
					Criteria.where("_id").in(anonymous)))
			.with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(limit);
		return this.mongo.find(query, Incident.class);
	}

	private String code(String province) {
		StringBuilder code = new StringBuilder(province.toUpperCase(Locale.ROOT)).append('-');
		for (int i = 0; i < 4; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static Incident withCode(Incident d, String code) {
		return new Incident(code, d.draft(), d.category(), d.description(), d.voiceFileId(), d.areaId(), d.path(),
				d.markerId(), d.roadId(), d.location(), d.photoFileIds(), d.urgent(), d.reporterId(), d.relayToken(),
				d.status(), d.assigneeId(), d.history(), d.createdAt(), d.followerIds(), d.followerRelays());
	}

}
