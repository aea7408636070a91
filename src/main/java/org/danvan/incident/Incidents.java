package org.danvan.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.danvan.shared.RandomCodes;

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
 * Incidents in MongoDB. A report is stored once whatever happens (its draft id is
 * unique); a status change is one conditional update, so two officers pressing at once
 * cannot both win.
 */
@Component
class Incidents {

	/** No 0/O, 1/I/L: a code read aloud over a bad phone line stays a code. */

	private final MongoTemplate mongo;

	private final OpenIncidents open;

	private final ReportsByMember reports;

	Incidents(MongoTemplate mongo, OpenIncidents open, ReportsByMember reports) {
		this.mongo = mongo;
		this.open = open;
		this.reports = reports;
		mongo.indexOps(Incident.class).createIndex(new Index().on("draft", Sort.Direction.ASC).unique());
		if (!open.built() || !open.byDayBuilt()) {
			buildIndexes();
		}
	}

	/**
	 * Builds the open-incident, per-day and per-member documents for a database from
	 * before they existed: one pass over the incidents.
	 */
	void buildIndexes() {
		List<Incident> stillOpen = new ArrayList<>();
		Map<Long, Set<String>> named = new HashMap<>();
		Map<String, Set<String>> byDay = new HashMap<>();
		try (Stream<Incident> all = this.mongo.stream(new Query(), Incident.class)) {
			all.forEach((incident) -> {
				byDay
					.computeIfAbsent(OpenIncidents.dayKey(incident.areaId(), incident.createdAt()),
							(key) -> new LinkedHashSet<>())
					.add(incident.code());
				if (incident.status().isOpen()) {
					stillOpen.add(incident);
				}
				if (incident.reporterId() != null) {
					named.computeIfAbsent(incident.reporterId(), (id) -> new LinkedHashSet<>()).add(incident.code());
				}
				incident.followerIds()
					.forEach((id) -> named.computeIfAbsent(id, (key) -> new LinkedHashSet<>()).add(incident.code()));
			});
		}
		this.reports.build(named);
		this.open.build(stillOpen);
		this.open.buildByDay(byDay);
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
				return indexed(incident);
			}
			catch (DuplicateKeyException ex) {
				Optional<Incident> same = byDraft(draft.draft());
				if (same.isPresent()) {
					return indexed(same.get());
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
		Optional<Incident> moved = Optional.ofNullable(this.mongo.findAndModify(allowed, update,
				FindAndModifyOptions.options().returnNew(true), Incident.class));
		moved.ifPresent(this.open::track);
		return moved;
	}

	private Incident indexed(Incident incident) {
		this.open.track(incident);
		this.open.reportedOn(incident);
		if (incident.reporterId() != null) {
			this.reports.named(incident.reporterId(), incident.code());
		}
		return incident;
	}

	/** Incidents reported in these areas since a time, read by day, not by scan. */
	List<Incident> reportedSince(Collection<String> areaIds, Instant since, Instant now) {
		return byCodes(this.open.reportedSince(areaIds, since, now)).stream()
			.filter((incident) -> !incident.createdAt().isBefore(since))
			.toList();
	}

	/** The open incidents of these areas, or of every area when null. */
	List<OpenIncidents.Entry> openIn(Collection<String> areaIds) {
		return this.open.in(areaIds);
	}

	/** These incidents, in the order of the codes; codes of none are left out. */
	List<Incident> byCodes(List<String> codes) {
		Map<String, Incident> found = byCode(codes);
		return codes.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	private Map<String, Incident> byCode(Collection<String> codes) {
		Map<String, Incident> found = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(codes)), Incident.class)
			.forEach((incident) -> found.put(incident.code(), incident));
		return found;
	}

	/**
	 * The listed incidents that still match their open-index entries; the others are put
	 * right in the index and left out.
	 */
	List<Incident> current(List<OpenIncidents.Entry> entries) {
		Map<String, Incident> found = byCode(entries.stream().map(OpenIncidents.Entry::code).toList());
		List<Incident> current = new ArrayList<>();
		for (OpenIncidents.Entry entry : entries) {
			Incident incident = found.get(entry.code());
			if (incident == null) {
				this.open.forget(entry.areaId(), entry.code());
			}
			else if (incident.status() != entry.status() || !incident.areaId().equals(entry.areaId())) {
				this.open.forget(entry.areaId(), entry.code());
				this.open.track(incident);
				if (incident.status() == entry.status()) {
					current.add(incident);
				}
			}
			else {
				current.add(incident);
			}
		}
		return current;
	}

	/**
	 * Open incidents of a category at a place (a marker, else a village) since a time.
	 */
	List<Incident> similar(Category category, String areaId, String markerId, Instant since) {
		List<OpenIncidents.Entry> matching = this.open.in(List.of(areaId))
			.stream()
			.filter((entry) -> entry.category() == category && entry.createdAt().isAfter(since))
			.filter((entry) -> markerId == null || markerId.equals(entry.markerId()))
			.sorted(Comparator.comparing(OpenIncidents.Entry::createdAt).reversed())
			.limit(3)
			.toList();
		return current(matching);
	}

	/** Adds a follower, named (a member id) or anonymous (a relay token). */
	void follow(String code, Long memberId, String relayToken) {
		Update update = (memberId != null) ? new Update().addToSet("followerIds", memberId)
				: new Update().addToSet("followerRelays", relayToken);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(code)), update, Incident.class);
		if (memberId != null) {
			this.reports.named(memberId, code);
		}
	}

	void saveQuestion(Question question) {
		this.mongo.insert(question);
	}

	Optional<Question> question(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Question.class));
	}

	/**
	 * A member's named reports and these anonymous ones of theirs, newest first.
	 */
	List<Incident> reportedBy(long memberId, List<String> anonymous, int limit) {
		List<String> codes = new ArrayList<>(this.reports.of(memberId));
		codes.addAll(anonymous);
		return byCodes(codes.stream().distinct().toList()).stream()
			.sorted(Comparator.comparing(Incident::createdAt).reversed())
			.limit(limit)
			.toList();
	}

	private String code(String province) {
		return province.toUpperCase(Locale.ROOT) + "-" + RandomCodes.of(RandomCodes.UPPER, 4);
	}

	private static Incident withCode(Incident d, String code) {
		return new Incident(code, d.draft(), d.category(), d.description(), d.voiceFileId(), d.areaId(), d.path(),
				d.markerId(), d.roadId(), d.location(), d.photoFileIds(), d.urgent(), d.reporterId(), d.relayToken(),
				d.status(), d.assigneeId(), d.history(), d.createdAt(), d.followerIds(), d.followerRelays());
	}

}
