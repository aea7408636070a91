package org.danvan.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.danvan.area.Area;
import org.danvan.area.AreaItemsRetired;
import org.danvan.area.AreaManagement;
import org.danvan.area.BorderMarker;
import org.danvan.area.RoadSegment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The enrollment feature's public face: groups and what they look after, households
 * asking to join, coordinators deciding, and the totals coordinators read. Callers check
 * who may do what; this checks that what is asked makes sense.
 */
@Service
public class EnrollmentManagement {

	private final Groups groups;

	private final Households households;

	private final EnrollmentCounters counters;

	private final AreaManagement areas;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnrollmentManagement(Groups groups, Households households, EnrollmentCounters counters, AreaManagement areas,
			ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.households = households;
		this.counters = counters;
		this.areas = areas;
		this.events = events;
		this.clock = clock;
	}

	/** Creates a group in a village; empty if it is not a village. */
	public Optional<SelfManagedGroup> createGroup(long coordinator, String villageId, String name) {
		Optional<Area> village = this.areas.area(villageId).filter((a) -> a.isVillage() && !a.retired());
		if (village.isEmpty()) {
			return Optional.empty();
		}
		SelfManagedGroup group = this.groups.create(new SelfManagedGroup(null, villageId, village.get().path(), name,
				null, List.of(), List.of(), coordinator, this.clock.instant()));
		this.counters.groupCreated(group);
		return Optional.of(group);
	}

	public Optional<SelfManagedGroup> group(String id) {
		return this.groups.find(id);
	}

	/** The village's groups, by name. */
	public List<SelfManagedGroup> groupsOf(String villageId) {
		List<String> ids = this.counters.read(villageId).groupIds();
		return ids.isEmpty() ? List.of()
				: this.groups.find(ids).stream().sorted(Comparator.comparing(SelfManagedGroup::name)).toList();
	}

	/** Groups by id (for a whole area: the ids its villages' totals list). */
	public List<SelfManagedGroup> groups(Collection<String> ids) {
		return ids.isEmpty() ? List.of() : this.groups.find(ids);
	}

	public Optional<Household> household(long memberId) {
		return this.households.find(memberId);
	}

	/** The approved households of a group. */
	public List<Household> membersOf(String groupId) {
		List<Long> ids = this.counters.read(EnrollmentCount.ofGroup(groupId)).householdIds();
		return ids.isEmpty() ? List.of() : this.households.find(ids);
	}

	/** The households of the area waiting for approval, oldest first. */
	public List<Household> pendingWithin(String areaId) {
		List<String> villages = this.areas.villages(areaId).stream().map(Area::id).toList();
		List<Long> ids = this.counters.read(villages)
			.values()
			.stream()
			.flatMap((c) -> c.pendingIds().stream())
			.toList();
		return ids.isEmpty() ? List.of()
				: this.households.find(ids)
					.stream()
					.filter((h) -> h.status() == HouseholdStatus.PENDING)
					.sorted(Comparator.comparing(Household::requestedAt))
					.toList();
	}

	/** Whether another active household already gave this number. */
	public boolean phoneTaken(String phone, long memberId) {
		return this.households.phoneTaken(phone, memberId);
	}

	/**
	 * Stores a request to join a group and tells the coordinators; the outcome says why
	 * not.
	 */
	public Enrolled enroll(EnrollmentRequest request) {
		Optional<Household> existing = this.households.find(request.memberId()).filter((h) -> h.status().active());
		if (existing.isPresent()) {
			return new Enrolled(Enrolled.Outcome.ALREADY_ENROLLED, existing.get());
		}
		Optional<SelfManagedGroup> group = this.groups.find(request.groupId())
			.filter((g) -> g.villageId().equals(request.villageId()));
		Optional<Area> village = this.areas.area(request.villageId()).filter(Area::isVillage);
		if (group.isEmpty() || village.isEmpty() || request.people() < 1
				|| request.people() > EnrollmentRequest.MAX_PEOPLE || request.headName() == null
				|| request.headName().isBlank() || request.headName().length() > EnrollmentRequest.MAX_NAME) {
			return new Enrolled(Enrolled.Outcome.INVALID, null);
		}
		if (request.phone() != null && !this.households.claimPhone(request.phone(), request.memberId())) {
			return new Enrolled(Enrolled.Outcome.PHONE_TAKEN, null);
		}
		Household household = new Household(request.memberId(), request.headName(), request.people(),
				request.villageId(), village.get().path(), request.phone(), request.groupId(), HouseholdStatus.PENDING,
				this.clock.instant(), this.clock.instant(), null, null, null);
		Optional<Household> stored = this.households.request(household);
		if (stored.isEmpty()) {
			return new Enrolled(Enrolled.Outcome.ALREADY_ENROLLED,
					this.households.find(request.memberId()).orElse(null));
		}
		this.counters.requested(household);
		this.events.publishEvent(new HouseholdEvents.Requested(household, group.get()));
		return new Enrolled(Enrolled.Outcome.REQUESTED, household);
	}

	/** What became of an enrollment request. */
	public record Enrolled(Outcome outcome, Household household) {

		public enum Outcome {

			REQUESTED, ALREADY_ENROLLED, PHONE_TAKEN, INVALID

		}

	}

	/**
	 * Approves or declines a pending household; empty if it was no longer pending
	 * (another coordinator was quicker).
	 */
	public Optional<Household> decide(long householdId, boolean approve, long coordinator, String reason) {
		Optional<Household> decided = this.households.decide(householdId, approve, coordinator, approve ? null : reason,
				this.clock.instant());
		decided.ifPresent((household) -> {
			this.counters.decided(household, approve);
			if (!approve) {
				this.households.releasePhone(household);
			}
			this.events.publishEvent(
					new HouseholdEvents.Decided(household, this.groups.find(household.groupId()).orElse(null)));
		});
		return decided;
	}

	/**
	 * The household leaves its group (or withdraws its request); empty if it had none.
	 */
	public Optional<Household> leave(long memberId) {
		Update left = new Update().set("status", HouseholdStatus.LEFT.name()).set("decidedAt", this.clock.instant());
		Optional<Household> withdrawn = this.households.change(memberId, HouseholdStatus.PENDING, left);
		if (withdrawn.isPresent()) {
			this.counters.decided(withdrawn.get(), false);
			this.households.releasePhone(withdrawn.get());
			return withdrawn;
		}
		Optional<Household> gone = this.households.change(memberId, HouseholdStatus.APPROVED, left);
		gone.ifPresent((household) -> {
			this.counters.left(household);
			this.households.releasePhone(household);
			this.groups.find(household.groupId())
				.filter((g) -> Long.valueOf(household.id()).equals(g.leaderHouseholdId()))
				.ifPresent((g) -> this.groups.setLeader(g.id(), null));
		});
		return gone;
	}

	/**
	 * An approved household moves to another group of its village; empty if it cannot.
	 */
	public Optional<Household> move(long memberId, String toGroup) {
		Optional<Household> current = this.households.find(memberId)
			.filter((h) -> h.status() == HouseholdStatus.APPROVED && !h.groupId().equals(toGroup));
		Optional<SelfManagedGroup> target = this.groups.find(toGroup);
		if (current.isEmpty() || target.isEmpty() || !target.get().villageId().equals(current.get().villageId())) {
			return Optional.empty();
		}
		String from = current.get().groupId();
		Optional<Household> moved = this.households.move(memberId, from, toGroup);
		moved.ifPresent((household) -> {
			this.counters.moved(household, from);
			this.groups.find(from)
				.filter((g) -> Long.valueOf(memberId).equals(g.leaderHouseholdId()))
				.ifPresent((g) -> this.groups.setLeader(g.id(), null));
		});
		return moved;
	}

	/** Renames a group; empty if there is no such group. */
	public Optional<SelfManagedGroup> rename(String groupId, String name) {
		if (this.groups.find(groupId).isEmpty()) {
			return Optional.empty();
		}
		this.groups.rename(groupId, name);
		return this.groups.find(groupId);
	}

	/** Makes an approved household of the group its leader; false if it is not one. */
	public boolean setLeader(String groupId, long householdId) {
		boolean member = this.households.find(householdId)
			.filter((h) -> h.status() == HouseholdStatus.APPROVED && groupId.equals(h.groupId()))
			.isPresent();
		if (member) {
			this.groups.setLeader(groupId, householdId);
		}
		return member;
	}

	/**
	 * The markers a group of this village may look after: its commune's and the village's
	 * own.
	 */
	public List<BorderMarker> markersFor(SelfManagedGroup group) {
		String commune = localArea(group);
		return this.areas.markers(commune)
			.stream()
			.filter((m) -> !m.retired() && (m.areaId().equals(commune) || m.areaId().equals(group.villageId())))
			.toList();
	}

	/** The road segments a group may look after: its commune's own and its village's. */
	public List<RoadSegment> roadsFor(SelfManagedGroup group) {
		String commune = localArea(group);
		return this.areas.roads(commune)
			.stream()
			.filter((r) -> !r.retired() && (r.areaId().equals(commune) || r.areaId().equals(group.villageId())))
			.toList();
	}

	/**
	 * Gives a marker to the group, or takes it back if it has it; the other group that
	 * holds it, if any.
	 */
	public Optional<String> toggleMarker(SelfManagedGroup group, BorderMarker marker) {
		return toggle(group, "m", marker.id(), marker.path(), 1, 0);
	}

	public Optional<String> toggleRoad(SelfManagedGroup group, RoadSegment road) {
		return toggle(group, "r", road.id(), road.path(), 0, Math.round(road.km() * 1000));
	}

	/**
	 * Takes an item back from the group if it has it, else gives it; the other holder, if
	 * any.
	 */
	private Optional<String> toggle(SelfManagedGroup group, String kind, String itemId, List<String> path, int markers,
			long meters) {
		if (this.groups.unassign(group.id(), kind, itemId)) {
			this.counters.covered(path, -markers, -meters);
			return Optional.empty();
		}
		Optional<String> holder = this.groups.assign(group.id(), kind, itemId);
		if (holder.isEmpty()) {
			this.counters.covered(path, markers, meters);
		}
		return holder;
	}

	/**
	 * Takes retired markers and roads back from the groups that held them, so that what
	 * the groups cover counts only what can still be covered.
	 */
	@EventListener
	void release(AreaItemsRetired retired) {
		for (String id : retired.markerIds()) {
			this.areas.marker(id).ifPresent((marker) -> release("m", id, marker.path(), 1, 0));
		}
		for (String id : retired.roadIds()) {
			this.areas.road(id).ifPresent((road) -> release("r", id, road.path(), 0, Math.round(road.km() * 1000)));
		}
	}

	private void release(String kind, String itemId, List<String> path, int markers, long meters) {
		this.groups.holder(kind, itemId)
			.filter((groupId) -> this.groups.unassign(groupId, kind, itemId))
			.ifPresent((groupId) -> this.counters.covered(path, -markers, -meters));
	}

	/** The numbers of the markers a group looks after, as painted on them, sorted. */
	public List<String> markerNumbers(SelfManagedGroup group) {
		return group.markerIds()
			.stream()
			.map((id) -> this.areas.marker(id).map(BorderMarker::number).orElse(id))
			.sorted()
			.toList();
	}

	/** The km of road a group looks after. */
	public double roadKm(SelfManagedGroup group) {
		return group.roadIds()
			.stream()
			.map(this.areas::road)
			.flatMap(Optional::stream)
			.mapToDouble(RoadSegment::km)
			.sum();
	}

	/** The totals of these areas or groups ({@code g:<id>}), by id. */
	public Map<String, EnrollmentCount> counts(Collection<String> ids) {
		return this.counters.read(ids);
	}

	/**
	 * Households and people that joined (net of those who left) each area in the
	 * {@code days} local days before {@code until}: {@code [households, people]} by area
	 * id.
	 */
	public Map<String, long[]> change(Collection<String> areaIds, LocalDate until, int days) {
		return this.counters.change(areaIds, until, days);
	}

	public EnrollmentCount groupCount(String groupId) {
		return this.counters.read(EnrollmentCount.ofGroup(groupId));
	}

	/**
	 * The approved households of every group of the area (its members' ids), read from
	 * the totals by id rather than by a scan.
	 */
	public List<Long> approvedWithin(String areaId) {
		List<String> groupIds = groupIdsWithin(areaId);
		return this.counters.read(groupIds.stream().map(EnrollmentCount::ofGroup).toList())
			.values()
			.stream()
			.flatMap((count) -> count.householdIds().stream())
			.distinct()
			.toList();
	}

	/** The leader households of the groups of the area (their members' ids). */
	public List<Long> leadersWithin(String areaId) {
		return groups(groupIdsWithin(areaId)).stream()
			.map(SelfManagedGroup::leaderHouseholdId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
	}

	private List<String> groupIdsWithin(String areaId) {
		List<String> villages = this.areas.villages(areaId).stream().map(Area::id).toList();
		return this.counters.read(villages).values().stream().flatMap((count) -> count.groupIds().stream()).toList();
	}

	/** Every group of the area (a scan, for exports). */
	public List<SelfManagedGroup> groupsWithin(String areaId) {
		return this.groups.within(areaId);
	}

	/** Every household of the area (a scan, for exports). */
	public void householdsWithin(String areaId, Consumer<Household> each) {
		this.households.within(areaId, each);
	}

	/**
	 * Recomputes every total from the groups, households and assignments, for when they
	 * drifted (a crash between a change and its totals).
	 */
	public int rebuild() {
		Map<String, long[]> totals = new LinkedHashMap<>();
		Map<String, List<String>> groupIds = new HashMap<>();
		Map<String, List<Long>> pendingIds = new HashMap<>();
		Map<String, List<Long>> householdIds = new HashMap<>();
		for (SelfManagedGroup group : this.groups.within(null)) {
			group.path().forEach((id) -> add(totals, id, 0, 1));
			groupIds.computeIfAbsent(group.villageId(), (k) -> new ArrayList<>()).add(group.id());
			add(totals, EnrollmentCount.ofGroup(group.id()), 0, 0);
			for (String markerId : group.markerIds()) {
				this.areas.marker(markerId).ifPresent((m) -> m.path().forEach((id) -> add(totals, id, 4, 1)));
			}
			for (String roadId : group.roadIds()) {
				this.areas.road(roadId)
					.ifPresent((r) -> r.path().forEach((id) -> add(totals, id, 5, Math.round(r.km() * 1000))));
			}
		}
		this.households.within(null, (household) -> {
			if (household.status() == HouseholdStatus.PENDING) {
				household.path().forEach((id) -> add(totals, id, 3, 1));
				pendingIds.computeIfAbsent(household.villageId(), (k) -> new ArrayList<>()).add(household.id());
			}
			else if (household.status() == HouseholdStatus.APPROVED) {
				List<String> ids = new ArrayList<>(household.path());
				ids.add(EnrollmentCount.ofGroup(household.groupId()));
				for (String id : ids) {
					add(totals, id, 1, 1);
					add(totals, id, 2, household.people());
				}
				householdIds.computeIfAbsent(household.groupId(), (k) -> new ArrayList<>()).add(household.id());
			}
		});
		List<EnrollmentCount> counts = totals.entrySet().stream().map((entry) -> {
			long[] t = entry.getValue();
			String id = entry.getKey();
			String group = id.startsWith("g:") ? id.substring(2) : null;
			return new EnrollmentCount(id, t[0], t[1], t[2], t[3], t[4], t[5], groupIds.get(id), pendingIds.get(id),
					(group != null) ? householdIds.get(group) : null);
		}).toList();
		this.counters.replaceAll(counts);
		return counts.size();
	}

	private static void add(Map<String, long[]> totals, String id, int field, long amount) {
		totals.computeIfAbsent(id, (k) -> new long[6])[field] += amount;
	}

	private String localArea(SelfManagedGroup group) {
		return this.areas.area(group.villageId()).map(Area::parentId).orElse(group.villageId());
	}

}
