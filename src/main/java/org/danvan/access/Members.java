package org.danvan.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.danvan.shared.Grant;

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
		// the day only: a visit timed to the millisecond would name the sender of an
		// anonymous report stored at the same moment
		Instant day = now.truncatedTo(ChronoUnit.DAYS);
		Update update = new Update().set("firstName", user.firstName())
			.set("lastName", user.lastName())
			.set("username", user.username())
			.set("telegramLanguage", user.languageCode())
			.set("lastSeen", day)
			.set("reachable", true)
			.setOnInsert("language", firstLanguage)
			.setOnInsert("languageChosen", false)
			.setOnInsert("firstSeen", day);
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

	void setVillage(long id, String villageId) {
		this.mongo.updateFirst(byId(id), new Update().set("villageId", villageId), Member.class);
	}

	/** Adds the grant; false if the member already held it or does not exist. */
	boolean grant(long id, Grant grant) {
		return this.mongo.updateFirst(byId(id), new Update().addToSet("grants", grant), Member.class)
			.getModifiedCount() > 0;
	}

	/** Removes the grant; false if the member did not hold it. */
	boolean revoke(long id, Grant grant) {
		return this.mongo.updateFirst(byId(id), new Update().pull("grants", grant), Member.class)
			.getModifiedCount() > 0;
	}

	/**
	 * Members holding a role in one of these areas (an index on grants.areaId serves it).
	 */
	List<Member> holdingRolesIn(Collection<String> areaIds) {
		return this.mongo.find(Query.query(Criteria.where("grants.areaId").in(areaIds)).limit(500), Member.class);
	}

	/** Members whose home is one of these villages (a scan: for monthly sends). */
	List<Member> find(Collection<Long> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Member.class);
	}

	List<Member> livingIn(Collection<String> villageIds) {
		return this.mongo.find(Query.query(Criteria.where("villageId").in(villageIds)), Member.class);
	}

	void unreachable(long id) {
		this.mongo.updateFirst(byId(id), new Update().set("reachable", false), Member.class);
	}

	private static Query byId(long id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
