package org.danvan.incident;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * What each member reported or joined, one document per chat, so that {@code /mine} reads
 * by id: the codes of their named reports and the relay tokens of their anonymous ones (a
 * relay already links a chat to a report; this adds no new link, and an expired relay
 * leads nowhere).
 */
@Component
class ReportsByMember {

	static final String COLLECTION = "reports_by_member";

	private final MongoTemplate mongo;

	ReportsByMember(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void named(long chatId, String code) {
		collection().updateOne(Filters.eq("_id", chatId), Updates.addToSet("codes", code),
				new UpdateOptions().upsert(true));
	}

	void anonymous(long chatId, String relayToken) {
		collection().updateOne(Filters.eq("_id", chatId), Updates.addToSet("relays", relayToken),
				new UpdateOptions().upsert(true));
	}

	/** Forgets an expired relay, the last link from the chat to an anonymous report. */
	void forget(long chatId, String relayToken) {
		collection().updateOne(Filters.eq("_id", chatId), Updates.pull("relays", relayToken));
	}

	/**
	 * The member's named report codes and anonymous relay tokens.
	 *
	 * @param codes named reports
	 * @param relays relay tokens of anonymous ones
	 */
	record Reports(List<String> codes, List<String> relays) {

	}

	Reports of(long chatId) {
		Document document = collection().find(Filters.eq("_id", chatId)).first();
		if (document == null) {
			return new Reports(List.of(), List.of());
		}
		return new Reports(document.getList("codes", String.class, List.of()),
				document.getList("relays", String.class, List.of()));
	}

	/**
	 * Replaces every document with these: the codes each member reported or joined by
	 * name, and the relays of their anonymous reports.
	 */
	void build(Map<Long, Set<String>> named, List<Relay> relays) {
		Map<Long, Set<String>> tokens = new HashMap<>();
		relays.forEach(
				(relay) -> tokens.computeIfAbsent(relay.chatId(), (id) -> new LinkedHashSet<>()).add(relay.token()));
		Set<Long> members = new HashSet<>(named.keySet());
		members.addAll(tokens.keySet());
		List<Document> documents = members.stream()
			.map((member) -> new Document("_id", member)
				.append("codes", List.copyOf(named.getOrDefault(member, Set.of())))
				.append("relays", List.copyOf(tokens.getOrDefault(member, Set.of()))))
			.toList();
		collection().deleteMany(new Document());
		if (!documents.isEmpty()) {
			collection().insertMany(documents);
		}
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

}
