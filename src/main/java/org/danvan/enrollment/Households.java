package org.danvan.enrollment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The households, keyed by the person who enrolled them, and the phone numbers they hold:
 * {@code household_phones} keyed by the number makes a number count once.
 */
@Component
class Households {

	static final String PHONES = "household_phones";

	private static final List<HouseholdStatus> ACTIVE = List.of(HouseholdStatus.PENDING, HouseholdStatus.APPROVED);

	private final MongoTemplate mongo;

	Households(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<Household> find(long id) {
		return Optional.ofNullable(this.mongo.findById(id, Household.class));
	}

	List<Household> find(Collection<Long> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Household.class);
	}

	/**
	 * Stores a new request, replacing a declined or left one; empty when the person
	 * already has an active household.
	 */
	Optional<Household> request(Household household) {
		try {
			this.mongo.insert(household);
			return Optional.of(household);
		}
		catch (DuplicateKeyException ex) {
			Query inactive = Query.query(Criteria.where("_id")
				.is(household.id())
				.and("status")
				.nin(ACTIVE.stream().map(Enum::name).toList()));
			Household replaced = this.mongo.findAndReplace(inactive, household,
					FindAndReplaceOptions.options().returnNew());
			return Optional.ofNullable(replaced);
		}
	}

	/**
	 * Moves a household from one status to another; empty if it was not in {@code from}.
	 */
	Optional<Household> change(long id, HouseholdStatus from, Update update) {
		return Optional.ofNullable(
				this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(from.name())),
						update, FindAndModifyOptions.options().returnNew(true), Household.class));
	}

	Optional<Household> decide(long id, boolean approve, long coordinator, String reason, Instant at) {
		Update update = new Update()
			.set("status", approve ? HouseholdStatus.APPROVED.name() : HouseholdStatus.DECLINED.name())
			.set("decidedBy", coordinator)
			.set("decidedAt", at)
			.set("declineReason", reason);
		return change(id, HouseholdStatus.PENDING, update);
	}

	Optional<Household> move(long id, String fromGroup, String toGroup) {
		return Optional.ofNullable(this.mongo.findAndModify(
				Query.query(Criteria.where("_id")
					.is(id)
					.and("status")
					.is(HouseholdStatus.APPROVED.name())
					.and("groupId")
					.is(fromGroup)),
				new Update().set("groupId", toGroup), FindAndModifyOptions.options().returnNew(true), Household.class));
	}

	/**
	 * Claims a phone number for a household; false if another active household holds it.
	 * A claim left by a household that is no longer active is taken over.
	 */
	boolean claimPhone(String phone, long householdId) {
		try {
			this.mongo.insert(new Document("_id", phone).append("household", householdId), PHONES);
			return true;
		}
		catch (DuplicateKeyException ex) {
			Document claim = this.mongo.findById(phone, Document.class, PHONES);
			if (claim == null) {
				return claimPhone(phone, householdId);
			}
			long holder = claim.get("household", Number.class).longValue();
			if (holder == householdId) {
				return true;
			}
			if (find(holder).filter((other) -> other.status().active() && phone.equals(other.phone())).isPresent()) {
				return false;
			}
			return this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(phone).and("household").is(holder)),
						new Update().set("household", householdId), PHONES)
				.getModifiedCount() == 1;
		}
	}

	/** Whether another active household holds the number. */
	boolean phoneTaken(String phone, long householdId) {
		Document claim = this.mongo.findById(phone, Document.class, PHONES);
		if (claim == null) {
			return false;
		}
		long holder = claim.get("household", Number.class).longValue();
		return holder != householdId
				&& find(holder).filter((other) -> other.status().active() && phone.equals(other.phone())).isPresent();
	}

	void releasePhone(Household household) {
		if (household.phone() != null) {
			this.mongo.remove(
					Query.query(Criteria.where("_id").is(household.phone()).and("household").is(household.id())),
					PHONES);
		}
	}

	/** Every household of the area and beneath it (a scan: for exports and rebuilds). */
	void within(String areaId, Consumer<Household> each) {
		Query query = (areaId != null) ? Query.query(Criteria.where("path").is(areaId)) : new Query();
		try (Stream<Household> all = this.mongo.stream(query, Household.class)) {
			all.forEach(each);
		}
	}

}
