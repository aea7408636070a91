package org.danvan.enrollment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.area.AreaManagement;
import org.danvan.area.GeoPoint;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Patrol rotas: who is on duty when, their answers, and how much of an area's border was
 * walked recently. A household on duty answers for itself only: every change names it.
 */
@Service
public class Patrols {

	static final String DAYS = "patrol_days";

	private final MongoTemplate mongo;

	private final EnrollmentManagement enrollment;

	private final AreaManagement areas;

	private final EnrollmentSettings settings;

	private final Clock clock;

	Patrols(MongoTemplate mongo, EnrollmentManagement enrollment, AreaManagement areas, EnrollmentSettings settings,
			Clock clock) {
		this.mongo = mongo;
		this.enrollment = enrollment;
		this.areas = areas;
		this.settings = settings;
		this.clock = clock;
	}

	public Optional<PatrolRota> rota(String groupId) {
		return Optional.ofNullable(this.mongo.findById(groupId, PatrolRota.class));
	}

	/** Sets the group's patrol days; the turns start over from today. */
	public PatrolRota setDays(SelfManagedGroup group, Collection<DayOfWeek> days) {
		List<DayOfWeek> sorted = days.stream().distinct().sorted().toList();
		LocalDate today = today(group.villageId());
		this.mongo.upsert(Query.query(Criteria.where("_id").is(group.id())),
				new Update().set("provinceId", group.path().get(0)).set("days", sorted).set("startsOn", today),
				PatrolRota.class);
		return rota(group.id()).orElseThrow();
	}

	/** The rotas of a province (a scan of the rotas, one per group). */
	public List<PatrolRota> rotasIn(String provinceId) {
		return this.mongo.find(Query.query(Criteria.where("provinceId").is(provinceId)), PatrolRota.class);
	}

	/** Whose turn it is on a date: the group's approved households in turn. */
	public Optional<Long> turnOf(PatrolRota rota, LocalDate date) {
		List<Long> households = households(rota.id());
		if (households.isEmpty() || !rota.patrolsOn(date)) {
			return Optional.empty();
		}
		return Optional.of(households.get((int) (rota.turnsBefore(date) % households.size())));
	}

	/** The patrol of a group on a date, written down the first time it is asked for. */
	public Optional<PatrolDuty> duty(PatrolRota rota, LocalDate date) {
		String id = PatrolDuty.id(rota.id(), date.toString());
		PatrolDuty existing = this.mongo.findById(id, PatrolDuty.class);
		if (existing != null) {
			return Optional.of(existing);
		}
		return turnOf(rota, date).map((household) -> {
			PatrolDuty duty = new PatrolDuty(id, rota.id(), date.toString(), household, List.of(),
					PatrolDuty.Status.DUE, false, false, null, null, null);
			try {
				this.mongo.insert(duty);
				return duty;
			}
			catch (DuplicateKeyException ex) {
				return this.mongo.findById(id, PatrolDuty.class);
			}
		});
	}

	public Optional<PatrolDuty> duty(String id) {
		return Optional.ofNullable(this.mongo.findById(id, PatrolDuty.class));
	}

	/** Takes the right to send one reminder of a patrol; false if it was sent already. */
	public boolean claimReminder(PatrolDuty duty, boolean evening) {
		String flag = evening ? "eveningSent" : "morningSent";
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(duty.id()).and(flag).is(false)),
					new Update().set(flag, true), PatrolDuty.class)
			.getModifiedCount() == 1;
	}

	/**
	 * The household on duty answers "all clear" or "problem found"; empty if it is not
	 * theirs to answer.
	 */
	public Optional<PatrolDuty> answer(String dutyId, long householdId, PatrolDuty.Status status) {
		Instant now = this.clock.instant();
		Optional<PatrolDuty> answered = Optional.ofNullable(this.mongo.findAndModify(
				Query.query(Criteria.where("_id")
					.is(dutyId)
					.and("householdId")
					.is(householdId)
					.and("status")
					.is(PatrolDuty.Status.DUE.name())),
				new Update().set("status", status.name()).set("checkedAt", now),
				FindAndModifyOptions.options().returnNew(true), PatrolDuty.class));
		answered.filter((duty) -> status == PatrolDuty.Status.CLEAR).ifPresent((duty) -> {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(duty.groupId())),
					new Update().max("lastClearAt", now), PatrolRota.class);
			this.enrollment.group(duty.groupId()).ifPresent((group) -> {
				long meters = Math.round(1000 * this.enrollment.roadKm(group));
				recordDay(group, duty.date(), "walked",
						new Document("m", group.markerIds().size()).append("r", meters));
			});
		});
		return answered;
	}

	/** Adds a location or photo to the household's own answered patrol. */
	public boolean proof(String dutyId, long householdId, GeoPoint location, String photoFileId) {
		Update update = new Update();
		if (location != null) {
			update.set("location", location);
		}
		if (photoFileId != null) {
			update.set("photoFileId", photoFileId);
		}
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(dutyId).and("householdId").is(householdId)), update,
					PatrolDuty.class)
			.getModifiedCount() == 1;
	}

	/**
	 * The household on duty can't go: the turn goes to the next household that has not
	 * passed it on; when every one has, the patrol is left uncovered.
	 */
	public Optional<PatrolDuty> pass(String dutyId, long householdId) {
		Optional<PatrolDuty> current = duty(dutyId)
			.filter((d) -> d.householdId() == householdId && d.status() == PatrolDuty.Status.DUE);
		if (current.isEmpty()) {
			return Optional.empty();
		}
		PatrolDuty duty = current.get();
		List<Long> households = households(duty.groupId());
		int at = Math.max(0, households.indexOf(householdId));
		Optional<Long> next = java.util.stream.IntStream.range(1, households.size())
			.mapToObj((i) -> households.get((at + i) % households.size()))
			.filter((h) -> !duty.passedBy().contains(h))
			.findFirst();
		Update update = new Update().push("passedBy", householdId);
		update = next.isPresent()
				? update.set("householdId", next.get()).set("eveningSent", false).set("morningSent", false)
				: update.set("status", PatrolDuty.Status.UNCOVERED.name());
		return Optional.ofNullable(this.mongo.findAndModify(
				Query.query(Criteria.where("_id")
					.is(dutyId)
					.and("householdId")
					.is(householdId)
					.and("status")
					.is(PatrolDuty.Status.DUE.name())),
				update, FindAndModifyOptions.options().returnNew(true), PatrolDuty.class));
	}

	/**
	 * Patrols of the province's groups on {@code date} that nobody answered become
	 * missed.
	 */
	public List<PatrolDuty> markMissed(String provinceId, LocalDate date) {
		List<PatrolDuty> missed = new java.util.ArrayList<>();
		for (PatrolRota rota : rotasIn(provinceId)) {
			PatrolDuty duty = this.mongo.findAndModify(
					Query.query(Criteria.where("_id")
						.is(PatrolDuty.id(rota.id(), date.toString()))
						.and("status")
						.is(PatrolDuty.Status.DUE.name())),
					new Update().set("status", PatrolDuty.Status.MISSED.name()),
					FindAndModifyOptions.options().returnNew(true), PatrolDuty.class);
			if (duty != null) {
				this.enrollment.group(rota.id()).ifPresent((group) -> recordDay(group, date.toString(), "missed", 1));
				missed.add(duty);
			}
		}
		return missed;
	}

	/**
	 * What was walked in the area (or by one group of it) recently: markers and km of the
	 * groups that said "all clear" on one of the last coverage days, and the patrols
	 * missed then. Reads one document per day by id: {@code patrol_days} keeps, per area
	 * and local date, the groups that walked (with their markers and metres then) and
	 * those that missed.
	 */
	public Coverage coverage(String areaId, String groupId) {
		Map<String, Document> walked = new java.util.HashMap<>();
		java.util.Set<String> missedGroups = new java.util.TreeSet<>();
		int missed = 0;
		for (Document day : recentDays(areaId)) {
			Document groups = day.get("walked", Document.class);
			if (groups != null) {
				groups.forEach((group, entry) -> {
					if (groupId == null || groupId.equals(group)) {
						walked.put(group, (Document) entry);
					}
				});
			}
			Document missedBy = day.get("missed", Document.class);
			if (missedBy != null) {
				List<String> mine = missedBy.keySet()
					.stream()
					.filter((g) -> groupId == null || groupId.equals(g))
					.toList();
				missed += mine.size();
				missedGroups.addAll(mine);
			}
		}
		int markers = walked.values().stream().mapToInt((entry) -> entry.get("m", Number.class).intValue()).sum();
		long meters = walked.values().stream().mapToLong((entry) -> entry.get("r", Number.class).longValue()).sum();
		return new Coverage(markers, meters / 1000.0, missed, this.settings.coverageDays(), List.copyOf(missedGroups));
	}

	/**
	 * The groups of the area that said "all clear" on one of the last coverage days.
	 */
	public java.util.Set<String> walkedGroups(String areaId) {
		java.util.Set<String> walked = new java.util.TreeSet<>();
		for (Document day : recentDays(areaId)) {
			Document groups = day.get("walked", Document.class);
			if (groups != null) {
				walked.addAll(groups.keySet());
			}
		}
		return walked;
	}

	private List<Document> recentDays(String areaId) {
		LocalDate today = today(areaId);
		List<String> ids = java.util.stream.IntStream.range(0, this.settings.coverageDays())
			.mapToObj((back) -> areaId + ":" + today.minusDays(back))
			.toList();
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, DAYS);
	}

	/**
	 * Notes a group's patrol outcome on a local date in the day document of each area
	 * above it.
	 */
	private void recordDay(SelfManagedGroup group, String date, String field, Object value) {
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DAYS);
		for (String area : group.path()) {
			bulk.upsert(Query.query(Criteria.where("_id").is(area + ":" + date)),
					new Update().set(field + "." + group.id(), value));
		}
		bulk.execute();
	}

	/**
	 * Markers and km walked with an "all clear" within {@code days}, and patrols missed
	 * then.
	 */
	public record Coverage(int markers, double km, int missed, int days, List<String> missedGroups) {

	}

	public LocalDate today(String areaId) {
		return LocalDate.ofInstant(this.clock.instant(), this.areas.timeZone(areaId));
	}

	private List<Long> households(String groupId) {
		return this.enrollment.membersOf(groupId)
			.stream()
			.map(Household::id)
			.sorted(Comparator.naturalOrder())
			.toList();
	}

}
