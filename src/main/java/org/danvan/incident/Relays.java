package org.danvan.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.danvan.shared.Sealer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Relays and the way from a member to theirs, both sealed: a relay holds its reporter's
 * chat encrypted, and {@code relays_by_member} is keyed by an HMAC of the chat id and
 * holds the relay tokens encrypted. Without the relay key the database cannot walk from a
 * Telegram id to an anonymous report, nor back.
 */
@Component
class Relays {

	static final String BY_MEMBER = "relays_by_member";

	private final MongoTemplate mongo;

	private final Sealer sealer;

	Relays(MongoTemplate mongo, Sealer sealer) {
		this.mongo = mongo;
		this.sealer = sealer;
		sealLegacy();
	}

	void open(String token, long chatId, String code, Instant expiresAt) {
		this.mongo.insert(new Relay(token, this.sealer.sealChat(chatId, context(token)), code, expiresAt));
		String owner = owner(chatId);
		byMember().updateOne(Filters.eq("_id", owner), Updates.addToSet("relays", this.sealer.seal(token, owner)),
				new UpdateOptions().upsert(true));
	}

	/** The chat behind a relay that has not expired and opens under the current key. */
	OptionalLong chat(String token, Instant now) {
		return live(token, now).map((relay) -> this.sealer.openChat(relay.chat(), context(token)))
			.orElse(OptionalLong.empty());
	}

	/** The codes of the anonymous reports this member can still reach. */
	List<String> codesOf(long chatId, Instant now) {
		String owner = owner(chatId);
		Document document = byMember().find(Filters.eq("_id", owner)).first();
		if (document == null) {
			return List.of();
		}
		List<String> tokens = document.getList("relays", String.class, List.of())
			.stream()
			.flatMap((sealed) -> this.sealer.open(sealed, owner).stream())
			.toList();
		return this.mongo.find(Query.query(Criteria.where("_id").in(tokens)), Relay.class)
			.stream()
			.filter((relay) -> relay.expiresAt().isAfter(now))
			.filter((relay) -> this.sealer.openChat(relay.chat(), context(relay.token())).orElse(0) == chatId)
			.map(Relay::code)
			.toList();
	}

	/**
	 * Deletes expired relays and their entries in their members' lists; returns how many
	 * relays went.
	 */
	long purge(Instant now) {
		long purged = 0;
		for (Relay relay : this.mongo.find(Query.query(Criteria.where("expiresAt").lt(now)), Relay.class)) {
			this.sealer.openChat(relay.chat(), context(relay.token()))
				.ifPresent((chat) -> forget(owner(chat), relay.token()));
			purged += this.mongo.remove(Query.query(Criteria.where("_id").is(relay.token())), Relay.class)
				.getDeletedCount();
		}
		byMember().deleteMany(Filters.size("relays", 0));
		return purged;
	}

	private void forget(String owner, String token) {
		Document document = byMember().find(Filters.eq("_id", owner)).first();
		if (document == null) {
			return;
		}
		document.getList("relays", String.class, List.of())
			.stream()
			.filter((sealed) -> this.sealer.open(sealed, owner).filter(token::equals).isPresent())
			.forEach((sealed) -> byMember().updateOne(Filters.eq("_id", owner), Updates.pull("relays", sealed)));
	}

	private Optional<Relay> live(String token, Instant now) {
		return Optional.ofNullable((token != null) ? this.mongo.findById(token, Relay.class) : null)
			.filter((relay) -> relay.expiresAt().isAfter(now));
	}

	/**
	 * Relays written before they were sealed held the chat id in clear: seal them, and
	 * list them under their member's sealed key.
	 */
	private void sealLegacy() {
		MongoCollection<Document> relays = this.mongo.getCollection("relays");
		for (Document legacy : relays.find(Filters.exists("chatId"))) {
			String token = legacy.getString("_id");
			long chatId = ((Number) legacy.get("chatId")).longValue();
			relays.updateOne(Filters.eq("_id", token), Updates
				.combine(Updates.set("chat", this.sealer.sealChat(chatId, context(token))), Updates.unset("chatId")));
			String owner = owner(chatId);
			byMember().updateOne(Filters.eq("_id", owner), Updates.addToSet("relays", this.sealer.seal(token, owner)),
					new UpdateOptions().upsert(true));
		}
	}

	private String owner(long chatId) {
		return this.sealer.tag("relays-of", chatId);
	}

	private static String context(String token) {
		return "relay:" + token;
	}

	private MongoCollection<Document> byMember() {
		return this.mongo.getCollection(BY_MEMBER);
	}

}
