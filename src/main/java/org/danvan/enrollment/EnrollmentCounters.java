package org.danvan.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;

import org.danvan.area.AreaManagement;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link EnrollmentCount}s up to date: every change adds to the totals of the
 * village and each area above it in one bulk write.
 */
@Component
class EnrollmentCounters {

	/**
	 * Households joining and leaving per area and local day: {@code <area>:<yyyy-mm-dd>}.
	 */
	static final String DAYS = "enrollment_days";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final AreaManagement areas;

	EnrollmentCounters(MongoTemplate mongo, Clock clock, AreaManagement areas) {
		this.mongo = mongo;
		this.clock = clock;
		this.areas = areas;
	}

	void groupCreated(SelfManagedGroup group) {
		BulkOperations bulk = along(group.path(), new Update().inc("groups", 1));
		bulk.upsert(byId(group.villageId()), new Update().addToSet("groupIds", group.id()));
		bulk.upsert(byId(EnrollmentCount.ofGroup(group.id())), new Update().inc("households", 0));
		bulk.execute();
	}

	void requested(Household household) {
		BulkOperations bulk = along(household.path(), new Update().inc("pending", 1));
		bulk.upsert(byId(household.villageId()), new Update().addToSet("pendingIds", household.id()));
		bulk.execute();
	}

	/** A pending household was approved or declined (or withdrew). */
	void decided(Household household, boolean approved) {
		Update update = new Update().inc("pending", -1);
		if (approved) {
			update.inc("households", 1).inc("people", household.people());
		}
		BulkOperations bulk = along(household.path(), update);
		bulk.upsert(byId(household.villageId()), new Update().pull("pendingIds", household.id()));
		if (approved) {
			bulk.upsert(byId(EnrollmentCount.ofGroup(household.groupId())), joined(household, 1));
		}
		bulk.execute();
		if (approved) {
			today(household, 1);
		}
	}

	/** An approved household left its group. */
	void left(Household household) {
		BulkOperations bulk = along(household.path(),
				new Update().inc("households", -1).inc("people", -household.people()));
		bulk.upsert(byId(EnrollmentCount.ofGroup(household.groupId())), joined(household, -1));
		bulk.execute();
		today(household, -1);
	}

	/** Notes a household joining (+1) or leaving (-1) today, in its village and above. */
	private void today(Household household, int sign) {
		String day = LocalDate.ofInstant(this.clock.instant(), this.areas.timeZone(household.villageId())).toString();
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DAYS);
		for (String area : household.path()) {
			bulk.upsert(byId(area + ":" + day),
					new Update().inc("households", sign).inc("people", sign * household.people()));
		}
		bulk.execute();
	}

	/**
	 * Households and people joined (net) in each area over the {@code days} local days
	 * before {@code until}: {@code [households, people]} by area id.
	 */
	Map<String, long[]> change(Collection<String> areaIds, LocalDate until, int days) {
		List<String> ids = new ArrayList<>();
		for (String area : areaIds) {
			for (int back = 1; back <= days; back++) {
				ids.add(area + ":" + until.minusDays(back));
			}
		}
		Map<String, long[]> change = new HashMap<>();
		areaIds.forEach((area) -> change.put(area, new long[2]));
		for (Document day : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, DAYS)) {
			String id = day.getString("_id");
			long[] sums = change.get(id.substring(0, id.lastIndexOf(':')));
			if (sums != null) {
				sums[0] += number(day, "households");
				sums[1] += number(day, "people");
			}
		}
		return change;
	}

	void moved(Household household, String fromGroup) {
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, EnrollmentCount.COLLECTION);
		bulk.upsert(byId(EnrollmentCount.ofGroup(fromGroup)), joined(household, -1));
		bulk.upsert(byId(EnrollmentCount.ofGroup(household.groupId())), joined(household, 1));
		bulk.execute();
	}

	/**
	 * A marker or road segment at the end of {@code path} was given to a group, or taken
	 * back.
	 */
	void covered(List<String> path, int markers, long roadMeters) {
		along(path, new Update().inc("markers", markers).inc("roadMeters", roadMeters)).execute();
	}

	Map<String, EnrollmentCount> read(Collection<String> ids) {
		Map<String, EnrollmentCount> found = this.mongo
			.find(Query.query(Criteria.where("_id").in(ids)), Document.class, EnrollmentCount.COLLECTION)
			.stream()
			.map(EnrollmentCounters::count)
			.collect(Collectors.toMap(EnrollmentCount::id, Function.identity()));
		Map<String, EnrollmentCount> all = new HashMap<>();
		for (String id : ids) {
			all.put(id, found.getOrDefault(id, EnrollmentCount.empty(id)));
		}
		return all;
	}

	EnrollmentCount read(String id) {
		return read(List.of(id)).get(id);
	}

	/**
	 * Replaces every total with the given ones, recomputed from the groups and
	 * households.
	 */
	void replaceAll(Collection<EnrollmentCount> counts) {
		if (!counts.isEmpty()) {
			BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, EnrollmentCount.COLLECTION);
			for (EnrollmentCount count : counts) {
				Document document = new Document();
				this.mongo.getConverter().write(count, document);
				bulk.replaceOne(byId(count.id()), document,
						org.springframework.data.mongodb.core.FindAndReplaceOptions.options().upsert());
			}
			bulk.execute();
		}
		this.mongo.remove(Query.query(Criteria.where("_id").nin(counts.stream().map(EnrollmentCount::id).toList())),
				EnrollmentCount.COLLECTION);
	}

	/** A document as {@code $inc} upserts leave it: fields never touched are absent. */
	private static EnrollmentCount count(Document document) {
		return new EnrollmentCount(document.getString("_id"), number(document, "groups"),
				number(document, "households"), number(document, "people"), number(document, "pending"),
				number(document, "markers"), number(document, "roadMeters"), document.getList("groupIds", String.class),
				document.getList("pendingIds", Number.class, List.of()).stream().map(Number::longValue).toList(),
				document.getList("householdIds", Number.class, List.of()).stream().map(Number::longValue).toList());
	}

	private static long number(Document document, String field) {
		Object value = document.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private static Update joined(Household household, int sign) {
		Update update = new Update().inc("households", sign).inc("people", sign * household.people());
		return (sign > 0) ? update.addToSet("householdIds", household.id())
				: update.pull("householdIds", household.id());
	}

	private BulkOperations along(List<String> path, Update update) {
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, EnrollmentCount.COLLECTION);
		for (String id : path) {
			bulk.upsert(byId(id), update);
		}
		return bulk;
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
