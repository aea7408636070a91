package org.danvan.incident;

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
 * The codes each member reported or joined by name, one document per chat, so that
 * {@code /mine} reads by id. Anonymous reports are not here: {@link Relays} keeps their
 * way back, sealed.
 */
@Component
class ReportsByMember {

	static final String COLLECTION = "reports_by_member";

	private final MongoTemplate mongo;

	ReportsByMember(MongoTemplate mongo) {
		this.mongo = mongo;
		forgetRelays();
	}

	void named(long chatId, String code) {
		collection().updateOne(Filters.eq("_id", chatId), Updates.addToSet("codes", code),
				new UpdateOptions().upsert(true));
	}

	/** The member's named report codes. */
	List<String> of(long chatId) {
		Document document = collection().find(Filters.eq("_id", chatId)).first();
		return (document != null) ? document.getList("codes", String.class, List.of()) : List.of();
	}

	/** Replaces every document with these: the codes each member reported or joined. */
	void build(Map<Long, Set<String>> named) {
		List<Document> documents = named.entrySet()
			.stream()
			.map((entry) -> new Document("_id", entry.getKey()).append("codes", List.copyOf(entry.getValue())))
			.toList();
		collection().deleteMany(new Document());
		if (!documents.isEmpty()) {
			collection().insertMany(documents);
		}
	}

	/**
	 * Lists written before relays were sealed named the relays of a member's anonymous
	 * reports by their chat id (the relays now list them, sealed): they go, and with them
	 * a document that held nothing else.
	 */
	private void forgetRelays() {
		collection().updateMany(Filters.exists("relays"), Updates.unset("relays"));
		collection().deleteMany(Filters.or(Filters.exists("codes", false), Filters.size("codes", 0)));
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

}
