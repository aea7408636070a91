package org.danvan.telegram.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.danvan.telegram.Conversation;
import org.danvan.telegram.ConversationSettings;
import org.danvan.telegram.Conversations;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Conversations in MongoDB, one document per chat; each change is a conditional update on
 * the version it read.
 */
@Component
class MongoConversations implements Conversations {

	private final MongoTemplate mongo;

	private final ConversationSettings settings;

	private final Clock clock;

	MongoConversations(MongoTemplate mongo, ConversationSettings settings, Clock clock) {
		this.mongo = mongo;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Optional<Conversation> find(long chatId) {
		return Optional.ofNullable(this.mongo.findById(chatId, Conversation.class));
	}

	@Override
	public Conversation begin(long chatId, String flow, String step, Map<String, Object> data) {
		long version = find(chatId).map((old) -> old.version() + 1).orElse(1L);
		Conversation conversation = new Conversation(chatId, flow, step, data,
				this.clock.instant().plus(this.settings.expiry()), version);
		this.mongo.save(conversation);
		return conversation;
	}

	@Override
	public Optional<Conversation> advance(Conversation current, String step, Map<String, Object> data) {
		Conversation next = new Conversation(current.chatId(), current.flow(), step, data,
				this.clock.instant().plus(this.settings.expiry()), current.version() + 1);
		Update update = new Update().set("step", step)
			.set("data", next.data())
			.set("expiresAt", next.expiresAt())
			.set("version", next.version());
		boolean changed = this.mongo.updateFirst(sameVersion(current), update, Conversation.class)
			.getModifiedCount() > 0;
		return changed ? Optional.of(next) : Optional.empty();
	}

	@Override
	public boolean end(Conversation current) {
		return this.mongo.remove(sameVersion(current), Conversation.class).getDeletedCount() > 0;
	}

	@Override
	public boolean cancel(long chatId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), Conversation.class)
			.getDeletedCount() > 0;
	}

	private static Query sameVersion(Conversation conversation) {
		return Query.query(Criteria.where("_id").is(conversation.chatId()).and("version").is(conversation.version()));
	}

}
