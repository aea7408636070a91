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
	 * Builds the documents from the incidents and relays themselves: one scan of each,
	 * for a database from before they existed.
	 */
	void build() {
		Map<Long, Set<String>> codes = new HashMap<>();
		Map<Long, Set<String>> relays = new HashMap<>();
		for (Incident incident : this.mongo.findAll(Incident.class)) {
			if (incident.reporterId() != null) {
				codes.computeIfAbsent(incident.reporterId(), (id) -> new LinkedHashSet<>()).add(incident.code());
			}
			incident.followerIds()
				.forEach((id) -> codes.computeIfAbsent(id, (key) -> new LinkedHashSet<>()).add(incident.code()));
		}
		for (Relay relay : this.mongo.findAll(Relay.class)) {
			relays.computeIfAbsent(relay.chatId(), (id) -> new LinkedHashSet<>()).add(relay.token());
		}
		collection().deleteMany(new Document());
		Set<Long> members = new HashSet<>(codes.keySet());
		members.addAll(relays.keySet());
		for (Long member : members) {
			collection().insertOne(
					new Document("_id", member).append("codes", List.copyOf(codes.getOrDefault(member, Set.of())))
						.append("relays", List.copyOf(relays.getOrDefault(member, Set.of()))));
		}
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(COLLECTION);
	}

}
