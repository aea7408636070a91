package org.danvan.telegram.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.danvan.telegram.ChatUnreachable;

import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Chats Telegram would not deliver to (the person blocked the bot, or the chat is gone):
 * nothing is sent to them until the person writes again. Kept in the database, and in
 * memory so that a broadcast pays no read per recipient.
 */
@Component
class UnreachableChats {

	private final MongoTemplate mongo;

	private final Set<Long> chats = ConcurrentHashMap.newKeySet();

	UnreachableChats(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.findAll(Entry.class).forEach((entry) -> this.chats.add(entry.id()));
	}

	boolean contains(long chatId) {
		return this.chats.contains(chatId);
	}

	@EventListener
	void on(ChatUnreachable event) {
		if (this.chats.add(event.chatId())) {
			this.mongo.save(new Entry(event.chatId()));
		}
	}

	/** The person wrote: they can be reached again. */
	void reachable(long chatId) {
		if (this.chats.remove(chatId)) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(chatId)), Entry.class);
		}
	}

	@Document("unreachable_chats")
	record Entry(@Id long id) {

	}

}
