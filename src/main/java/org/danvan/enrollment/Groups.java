package org.danvan.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.danvan.shared.RandomCodes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The self-managed groups, and which group looks after each marker and road segment:
 * {@code group_assignments} keyed by {@code m:<marker>} or {@code r:<road>} makes each
 * belong to at most one group.
 */
@Component
class Groups {

	static final String ASSIGNMENTS = "group_assignments";

	private final MongoTemplate mongo;

	Groups(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores a new group under a fresh random code. */
	SelfManagedGroup create(SelfManagedGroup draft) {
		for (int attempt = 0;; attempt++) {
			SelfManagedGroup group = new SelfManagedGroup(code(), draft.villageId(), draft.path(), draft.name(), null,
					List.of(), List.of(), draft.createdBy(), draft.createdAt());
			try {
				this.mongo.insert(group);
				return group;
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= 5) {
					throw ex;
				}
			}
		}
	}

	Optional<SelfManagedGroup> find(String id) {
		return (id == null || id.isEmpty()) ? Optional.empty()
				: Optional.ofNullable(this.mongo.findById(id, SelfManagedGroup.class));
	}

	List<SelfManagedGroup> find(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), SelfManagedGroup.class);
	}

	/** Every group of the area and beneath it (a scan: for exports and rebuilds). */
	List<SelfManagedGroup> within(String areaId) {
		Query query = (areaId != null) ? Query.query(Criteria.where("path").is(areaId)) : new Query();
		return this.mongo.find(query, SelfManagedGroup.class);
	}

	void rename(String groupId, String name) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId)), new Update().set("name", name),
				SelfManagedGroup.class);
	}

	void setLeader(String groupId, Long householdId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId)),
				new Update().set("leaderHouseholdId", householdId), SelfManagedGroup.class);
	}

	/**
	 * Gives a marker ({@code m}) or road ({@code r}) to a group; the group that already
	 * holds it otherwise (which may be this one).
	 */
	Optional<String> assign(String groupId, String kind, String itemId) {
		String key = kind + ":" + itemId;
		try {
			this.mongo.insert(new Document("_id", key).append("group", groupId), ASSIGNMENTS);
		}
		catch (DuplicateKeyException ex) {
			Document holder = this.mongo.findById(key, Document.class, ASSIGNMENTS);
			return Optional.of((holder != null) ? holder.getString("group") : groupId);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId)),
				new Update().addToSet(field(kind), itemId), SelfManagedGroup.class);
		return Optional.empty();
	}

	/** The group that holds a marker ({@code m}) or road ({@code r}), if one does. */
	Optional<String> holder(String kind, String itemId) {
		Document holder = this.mongo.findById(kind + ":" + itemId, Document.class, ASSIGNMENTS);
		return Optional.ofNullable((holder != null) ? holder.getString("group") : null);
	}

	/** Takes a marker or road back from a group; false if the group did not hold it. */
	boolean unassign(String groupId, String kind, String itemId) {
		boolean removed = this.mongo
			.remove(Query.query(Criteria.where("_id").is(kind + ":" + itemId).and("group").is(groupId)), ASSIGNMENTS)
			.getDeletedCount() == 1;
		if (removed) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId)),
					new Update().pull(field(kind), itemId), SelfManagedGroup.class);
		}
		return removed;
	}

	private static String field(String kind) {
		return "m".equals(kind) ? "markerIds" : "roadIds";
	}

	private String code() {
		return RandomCodes.of(RandomCodes.LOWER, 8);
	}

}
