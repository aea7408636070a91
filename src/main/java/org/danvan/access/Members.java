package org.danvan.access;

import java.time.Instant;
import java.util.Optional;

import org.danvan.telegram.InboundUser;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The members, keyed by Telegram user id. Each change is one atomic update of one
 * document.
 */
@Component
class Members {

	private final MongoTemplate mongo;

	Members(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Records a visit, creating the member on first contact with {@code firstLanguage}.
	 */
	Member seen(InboundUser user, String firstLanguage, Instant now) {
		Update update = new Update().set("firstName", user.firstName())
			.set("lastName", user.lastName())
			.set("username", user.username())
			.set("telegramLanguage", user.languageCode())
			.set("lastSeen", now)
			.set("reachable", true)
			.setOnInsert("language", firstLanguage)
			.setOnInsert("languageChosen", false)
			.setOnInsert("firstSeen", now);
		return this.mongo.findAndModify(byId(user.id()), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Member.class);
	}

	Optional<Member> find(long id) {
		return Optional.ofNullable(this.mongo.findById(id, Member.class));
	}

	void chooseLanguage(long id, String language) {
		this.mongo.updateFirst(byId(id), new Update().set("language", language).set("languageChosen", true),
				Member.class);
	}

	void unreachable(long id) {
		this.mongo.updateFirst(byId(id), new Update().set("reachable", false), Member.class);
	}

	private static Query byId(long id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
