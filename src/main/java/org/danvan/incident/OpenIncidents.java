package org.danvan.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The open incidents, one document per area keyed by its id: {@code /incidents} and the
 * same-problem check read a few documents by id instead of scanning every incident ever
 * reported (the embedded database keeps no secondary indexes). {@link Incidents} keeps it
 * after each write; an entry found stale when read is put right then.
 */
@Component
class OpenIncidents {

	static final String COLLECTION = "open_incidents";

	/**
	 * The codes reported in an area on a day, for digests: {@code <area>:<yyyy-mm-dd>}.
	 */
	static final String BY_DAY = "incidents_by_day";

	/** Marks the index as built, so that start-up builds it from the incidents once. */
	static final String BUILT = "~built";

	private final MongoTemplate mongo;

	OpenIncidents(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * One open incident, as much as a list line and its filters need.
	 *
	 * @param code the incident
	 * @param areaId its area
	 * @param status its status
	 * @param category its category
	 * @param urgent whether urgent
	 * @param markerId its border marker, if any
	 * @param createdAt when reported
	 */
	record Entry(String code, String areaId, Status status, Category category, boolean urgent, String markerId,
			Instant createdAt) {

	}

	/** Puts the incident in its area's document if open, takes it out if closed. */
	void track(Incident incident) {
		if (incident.status().isOpen()) {
			collection().updateOne(Filters.eq("_id", incident.areaId()),
					Updates.set("open." + incident.code(), entry(incident)), new UpdateOptions().upsert(true));
		}
		else {
			forget(incident.areaId(), incident.code());
		}
	}

	/** Notes the incident under its area and the day (UTC) it was reported. */
	void reportedOn(Incident incident) {
		this.mongo.getCollection(BY_DAY)
			.updateOne(Filters.eq("_id", dayKey(incident.areaId(), incident.createdAt())),
					Updates.addToSet("codes", incident.code()), new UpdateOptions().upsert(true));
	}

	/**
	 * The codes of incidents reported in these areas since {@code since}, by day
	 * document.
	 */
	List<String> reportedSince(Collection<String> areaIds, Instant since, Instant now) {
		List<String> keys = new ArrayList<>();
		for (LocalDate day = since.atZone(ZoneOffset.UTC).toLocalDate(); !day
			.isAfter(now.atZone(ZoneOffset.UTC).toLocalDate()); day = day.plusDays(1)) {
			for (String area : areaIds) {
				keys.add(area + ":" + day);
			}
		}
		List<String> codes = new ArrayList<>();
		for (Document day : this.mongo.getCollection(BY_DAY).find(Filters.in("_id", keys))) {
			codes.addAll(day.getList("codes", String.class, List.of()));
		}
		return codes;
	}

	static String dayKey(String areaId, Instant at) {
		return areaId + ":" + at.atZone(ZoneOffset.UTC).toLocalDate();
	}

	void forget(String areaId, String code) {
		collection().updateOne(Filters.eq("_id", areaId), Updates.unset("open." + code));
	}

	/**
	 * The open incidents of these areas, or of every area when {@code areaIds} is null.
	 */
	List<Entry> in(Collection<String> areaIds) {
		List<Entry> entries = new ArrayList<>();
		Iterable<Document> documents = (areaIds != null) ? collection().find(Filters.in("_id", areaIds))
				: collection().find(Filters.ne("_id", BUILT));
		for (Document area : documents) {
			Document open = area.get("open", Document.class);
			if (open == null) {
				continue;
			}
			for (Map.Entry<String, Object> item : open.entrySet()) {
				Document fields = (Document) item.getValue();
				entries.add(new Entry(item.getKey(), area.getString("_id"), Status.valueOf(fields.getString("s")),
						Category.valueOf(fields.getString("c")), fields.getBoolean("u", false), fields.getString("m"),
						fields.getDate("t").toInstant()));
			}
		}
		return entries;
	}

	boolean byDayBuilt() {
		return this.mongo.getCollection(BY_DAY).find(Filters.eq("_id", BUILT)).first() != null;
	}

	/**
	 * Adds these codes to their day documents and marks them built: for a database that
	 * has incidents from before the per-day documents existed.
	 */
	void buildByDay(Map<String, Set<String>> codesByDay) {
		MongoCollection<Document> days = this.mongo.getCollection(BY_DAY);
		codesByDay.forEach((key, codes) -> days.updateOne(Filters.eq("_id", key),
				Updates.addEachToSet("codes", List.copyOf(codes)), new UpdateOptions().upsert(true)));
		days.updateOne(Filters.eq("_id", BUILT), Updates.set("at", new Date()), new UpdateOptions().upsert(true));
	}

	boolean built() {
		return collection().find(Filters.eq("_id", BUILT)).first() != null;
	}

	/**
	 * Replaces the index with these open incidents and marks it built: for a database
	 * that has incidents from before the index existed.
	 */
	void build(List<Incident> open) {
		collection().deleteMany(new Document());
		Map<String, Document> byArea = new HashMap<>();
		for (Incident incident : open) {
			byArea.computeIfAbsent(incident.areaId(), (id) -> new Document()).put(incident.code(), entry(incident));
		}
		List<Document> documents = new ArrayList<>();
		byArea.forEach((area, entries) -> documents.add(new Document("_id", area).append("open", entries)));
		documents.add(new Document("_id", BUILT).append("at", new Date()));
		collection().insertMany(documents);
	}

	private static Document entry(Incident incident) {
		Document entry = new Document("s", incident.status().name()).append("c", incident.category().name())
			.append("u", incident.urgent())
			.append("t", Date.from(incident.createdAt()));
		if (incident.markerId() != null) {
			entry.append("m", incident.markerId());
		}
		return entry;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

}
