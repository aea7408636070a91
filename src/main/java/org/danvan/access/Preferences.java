package org.danvan.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Which notices each member switched off: one document per member who switched any off,
 * keyed by their id ({@code member_settings}); everything is on by default.
 */
@Service
public class Preferences {

	private static final String COLLECTION = "member_settings";

	private final MongoTemplate mongo;

	Preferences(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public boolean wants(long memberId, Notice notice) {
		return !this.mongo.exists(Query.query(Criteria.where("_id").is(memberId).and("off").is(notice.name())),
				COLLECTION);
	}

	/** Switches a notice on or off; false if it already was. */
	public boolean set(long memberId, Notice notice, boolean on) {
		Update update = on ? new Update().pull("off", notice.name()) : new Update().addToSet("off", notice.name());
		Query query = Query.query(Criteria.where("_id").is(memberId));
		if (on) {
			return this.mongo.updateFirst(query, update, COLLECTION).getModifiedCount() > 0;
		}
		var result = this.mongo.upsert(query, update, COLLECTION);
		return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
	}

	/** The members who switched this notice off (few, read whole for each send). */
	public Set<Long> switchedOff(Notice notice) {
		return this.mongo.find(Query.query(Criteria.where("off").is(notice.name())), Document.class, COLLECTION)
			.stream()
			.map((doc) -> ((Number) doc.get("_id")).longValue())
			.collect(Collectors.toSet());
	}

	/** The notices this member switched off. */
	public Set<Notice> off(long memberId) {
		Document doc = this.mongo.findById(memberId, Document.class, COLLECTION);
		List<String> names = (doc != null) ? doc.getList("off", String.class, List.of()) : List.of();
		return names.stream().map(Notice::valueOf).collect(Collectors.toSet());
	}

}
